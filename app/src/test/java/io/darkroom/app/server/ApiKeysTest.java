package io.darkroom.app.server;

import io.darkroom.core.DarkroomException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiKeysTest {
    @TempDir
    Path home;

    @Test
    void aCreatedKeyIsStoredOnlyAsItsSha256AndAuthenticatesWithItsRole() throws Exception {
        ApiKeys.Created created = ApiKeys.create(home, "alice", Role.ADMIN, new SecureRandom());
        String file = Files.readString(home.resolve(ApiKeys.FILE));
        assertThat(file).doesNotContain(created.secret()).contains(ApiKeys.sha256(created.secret())).contains("admin");
        ApiKeys keys = ApiKeys.read(home);
        assertThat(keys.authenticate(created.secret())).map(ApiKeys.Key::name).contains("alice");
        assertThat(keys.authenticate("Bearer " + created.secret())).isEmpty();
        assertThat(keys.authenticate(created.secret().substring(1))).isEmpty();
        assertThat(keys.authenticate(null)).isEmpty();
    }

    @Test
    void keysAreDistinctAndNamesUnique() {
        String a = ApiKeys.create(home, "a", Role.READ, new SecureRandom()).secret();
        String b = ApiKeys.create(home, "b", Role.READ, new SecureRandom()).secret();
        assertThat(a).isNotEqualTo(b).startsWith("drk_");
        assertThat(ApiKeys.read(home).keys()).extracting(ApiKeys.Key::name).containsExactly("a", "b");
        assertThatThrownBy(() -> ApiKeys.create(home, "a", Role.ADMIN, new SecureRandom()))
                .isInstanceOf(DarkroomException.class).hasMessageContaining("'a'").hasMessageContaining("one exists");
        assertThatThrownBy(() -> ApiKeys.create(home, "../x", Role.ADMIN, new SecureRandom()))
                .isInstanceOf(DarkroomException.class).hasMessageContaining("letters");
    }

    @Test
    void aKeysDataGroupsAreStoredWithItAndABadGroupNameIsRefused() {
        String secret = ApiKeys.create(home, "fin", Role.READ, List.of("finance", "audit"), new SecureRandom()).secret();
        assertThat(ApiKeys.read(home).authenticate(secret)).map(ApiKeys.Key::groups).contains(List.of("finance", "audit"));
        ApiKeys.create(home, "ops", Role.ADMIN, List.of("*"), new SecureRandom());
        assertThat(ApiKeys.read(home).keys()).extracting(ApiKeys.Key::groups).containsExactly(List.of("finance", "audit"), List.of("*"));
        assertThatThrownBy(() -> ApiKeys.create(home, "x", Role.READ, List.of("a b"), new SecureRandom()))
                .isInstanceOf(DarkroomException.class).hasMessageContaining("'a b'");
    }

    @Test
    void aReadKeyAllowsReadRoutesOnlyAndAnAdminKeyAllowsBoth() {
        assertThat(Role.READ.allows(Role.READ)).isTrue();
        assertThat(Role.READ.allows(Role.ADMIN)).isFalse();
        assertThat(Role.ADMIN.allows(Role.READ)).isTrue();
        assertThat(Role.parse(" Admin ")).isEqualTo(Role.ADMIN);
        assertThatThrownBy(() -> Role.parse("root")).hasMessageContaining("read and admin");
    }

    @Test
    void aBrokenKeysFileFailsNamingTheFile() throws Exception {
        Files.writeString(home.resolve(ApiKeys.FILE), "keys:\n  - {name: x, role: god, sha256: abc}\n");
        assertThatThrownBy(() -> ApiKeys.read(home)).isInstanceOf(DarkroomException.class)
                .hasMessageContaining(ApiKeys.FILE);
    }

    @Test
    void authCanBeOffOnlyOnLoopback() {
        assertThat(ServerConfig.local(0).authOff()).isTrue();
        for (String host : new String[]{"0.0.0.0", "192.168.1.5", "example.org"}) {
            assertThatThrownBy(() -> new ServerConfig(host, 0, null, 1024, 1024, Duration.ofSeconds(1), 1, List.of()))
                    .isInstanceOf(DarkroomException.class).hasMessageContaining("--no-auth is allowed only with --host 127.0.0.1");
        }
        assertThat(new ServerConfig("0.0.0.0", 0, new ApiKeys(List.of()), 1024, 1024, Duration.ofSeconds(1), 1, List.of()).authOff())
                .isFalse();
    }
}
