package io.darkroom.ingest.discovery;

import io.darkroom.core.DarkroomException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PathFilterTest {
    @Test
    void patternWithoutSlashMatchesTheFileNameAtAnyDepth() {
        PathFilter filter = new PathFilter(List.of(), List.of("truth.json", "*.tmp"));
        assertThat(filter.accepts(Path.of("truth.json"))).isFalse();
        assertThat(filter.accepts(Path.of("a/b/x.tmp"))).isFalse();
        assertThat(filter.accepts(Path.of("a/truth.json.bak"))).isTrue();
    }

    @Test
    void patternWithSlashMatchesTheRelativePathAndExcludesWin() {
        PathFilter filter = new PathFilter(List.of("mail/**", "*.pdf"), List.of("mail/spam/**"));
        assertThat(filter.accepts(Path.of("mail/2024/a.eml"))).isTrue();
        assertThat(filter.accepts(Path.of("finance/inv.pdf"))).isTrue();
        assertThat(filter.accepts(Path.of("mail/spam/x.eml"))).isFalse();
        assertThat(filter.accepts(Path.of("notes/a.txt"))).isFalse();
    }

    @Test
    void aBrokenGlobIsAUserErrorQuotingIt() {
        assertThatThrownBy(() -> new PathFilter(List.of("[unclosed"), List.of()))
                .isInstanceOf(DarkroomException.class).hasMessageContaining("'[unclosed'");
    }
}
