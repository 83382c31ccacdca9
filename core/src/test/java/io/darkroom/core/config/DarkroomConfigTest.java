package io.darkroom.core.config;

import io.darkroom.core.DarkroomException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DarkroomConfigTest {
    @Test
    void defaultsAreTheEmbeddedWarehouseAndLocalSpark() {
        DarkroomConfig config = DarkroomConfig.resolve(null, null, Map.of());
        assertThat(config.home()).isEqualTo("darkroom-home");
        assertThat(config.sparkMaster()).isEqualTo("local[*]");
        assertThat(config.isLocal()).isTrue();
    }

    @Test
    void flagBeatsEnvironmentWhichBeatsDefault() {
        Map<String, String> env = Map.of("DARKROOM_HOME", "/env/home", "DARKROOM_SPARK_MASTER", "spark://127.0.0.1:7077");
        assertThat(DarkroomConfig.resolve(null, null, env))
                .isEqualTo(new DarkroomConfig("/env/home", "spark://127.0.0.1:7077"));
        assertThat(DarkroomConfig.resolve("/flag/home", "local[2]", env))
                .isEqualTo(new DarkroomConfig("/flag/home", "local[2]"));
    }

    @Test
    void localHomeBecomesAnAbsoluteFileUriAndUrisAreKept() {
        assertThat(new DarkroomConfig("/tmp/x", "local[*]").homeUri()).isEqualTo("file:///tmp/x");
        assertThat(new DarkroomConfig("s3a://bucket/dr", "local[*]").homeUri()).isEqualTo("s3a://bucket/dr");
    }

    @Test
    void nonsenseMasterIsRejectedNamingTheSetting() {
        assertThatThrownBy(() -> new DarkroomConfig("h", "banana"))
                .isInstanceOf(DarkroomException.class)
                .hasMessageContaining("'banana'")
                .hasMessageContaining("DARKROOM_SPARK_MASTER");
    }
}
