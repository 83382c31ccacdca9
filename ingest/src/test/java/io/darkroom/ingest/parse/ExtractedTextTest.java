package io.darkroom.ingest.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractedTextTest {
    @Test
    void normalizeDropsBlockPaddingButKeepsParagraphBreaks() {
        assertThat(ExtractedText.normalize("\n\n \n  Title line\r\n\r\n\r\n\nSecond paragraph\nsame paragraph \n\n\n"))
                .isEqualTo("  Title line\n\nSecond paragraph\nsame paragraph");
        assertThat(ExtractedText.normalize(null)).isEmpty();
    }

    @Test
    void wordsAreTokensWithALetterOrDigit() {
        assertThat(ExtractedText.wordCount("Total: 1,250.00 EUR — paid ; ok")).isEqualTo(5);
        assertThat(ExtractedText.wordCount("Größe über 10 Kilo")).isEqualTo(4);
        assertThat(ExtractedText.wordCount("  \n ")).isZero();
        assertThat(ExtractedText.wordCount(null)).isZero();
    }
}
