package io.darkroom.app.cli;

import io.darkroom.app.Darkroom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class WatchCommandTest {
    @TempDir
    Path home;

    @Test
    void aWatchIsAddedListedAsJsonAndRemovedByItsId() throws Exception {
        ConsoleCapture added = ConsoleCapture.run(() -> Darkroom.run("watch", "add", "total", "amount", "of", "invoices",
                "--kind", "change", "--email", "cfo@example.org", "--digest", "weekly", "--home", home.toString()));
        assertThat(added.exitCode()).isZero();
        assertThat(added.out()).contains("Watching total amount of invoices", "weekly digest", "kinds change");
        String id = added.out().replaceAll("(?s).*\\(id ([0-9a-f]{8})\\).*", "$1");

        ConsoleCapture listed = ConsoleCapture.run(() -> Darkroom.run("watch", "list", "--json", "--home", home.toString()));
        var watches = Json.mapper().readTree(listed.out());
        assertThat(watches).hasSize(1);
        assertThat(watches.get(0).get("id").asText()).isEqualTo(id);
        assertThat(watches.get(0).get("emails").get(0).asText()).isEqualTo("cfo@example.org");

        assertThat(ConsoleCapture.run(() -> Darkroom.run("watch", "remove", id, "--home", home.toString())).exitCode()).isZero();
        assertThat(ConsoleCapture.run(() -> Darkroom.run("watch", "list", "--home", home.toString())).out()).contains("No watches");
    }

    @Test
    void aWatchWithoutAChannelIsAUserErrorWithAOneLineReason() {
        ConsoleCapture refused = ConsoleCapture.run(() -> Darkroom.run("watch", "add", "tickets", "--home", home.toString()));
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(refused.err()).contains("Cannot watch 'tickets' without a channel");
        ConsoleCapture unknown = ConsoleCapture.run(() -> Darkroom.run("watch", "remove", "nope", "--home", home.toString()));
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
    }
}
