package io.darkroom.ingest.parse;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pins every default: changing one is a decision for docs/ingest-parsing.md, not an accident. */
class ParseOptionsTest {
    @Test
    void defaultsArePinned() {
        ParseOptions d = ParseOptions.defaults();

        assertThat(d.passwords()).isEmpty();
        assertThat(d.isolation()).isEqualTo(ParseOptions.Isolation.FORKED);
        assertThat(d.timeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(d.childHeapMb()).isEqualTo(1024);
        assertThat(d.limits()).isEqualTo(new ParseOptions.Limits(20_000_000, 10, 10_000));
        assertThat(d.ocr()).isEqualTo(new ParseOptions.Ocr(true, 120));
        assertThat(new ParseOptions(List.of("pw"))).isEqualTo(d.withPasswords(List.of("pw")));
    }

    @Test
    void invalidValuesNameTheKey() {
        assertThatThrownBy(() -> ParseOptions.defaults().withTimeout(Duration.ZERO))
                .hasMessageContaining("ingest.parse.timeout");
        assertThatThrownBy(() -> ParseOptions.defaults().withChildHeapMb(16))
                .hasMessageContaining("ingest.parse.child-heap-mb");
        assertThatThrownBy(() -> new ParseOptions.Limits(0, 1, 1)).hasMessageContaining("max-output-chars");
    }
}
