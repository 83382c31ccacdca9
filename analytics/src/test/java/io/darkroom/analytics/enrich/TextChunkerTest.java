package io.darkroom.analytics.enrich;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextChunkerTest {
    @Test
    void shortTextIsOneChunk() {
        assertThat(new TextChunker(100).chunk("One short sentence.")).containsExactly(new TextChunker.Chunk(0, 19));
    }

    @Test
    void longTextIsTiledOnParagraphBreaksWithinTheBound() {
        String paragraph = "The supplier confirmed the delivery of all ordered parts today. ".repeat(3);
        String text = (paragraph + "\n\n").repeat(20);
        List<TextChunker.Chunk> chunks = new TextChunker(100).chunk(text);
        assertThat(chunks).hasSizeGreaterThan(4);
        assertThat(chunks.get(0).begin()).isZero();
        assertThat(chunks.get(chunks.size() - 1).end()).isEqualTo(text.length());
        for (int i = 1; i < chunks.size(); i++) {
            assertThat(chunks.get(i).begin()).isEqualTo(chunks.get(i - 1).end());
            assertThat(text.substring(0, chunks.get(i).begin())).endsWith("\n\n");
        }
        assertThat(chunks).allSatisfy(c -> assertThat(c.of(text).split("\\s+|(?=[.])").length).isLessThanOrEqualTo(110));
    }

    @Test
    void oneHugeParagraphIsCutAfterASentence() {
        String text = "Payment was received in full. ".repeat(200);
        List<TextChunker.Chunk> chunks = new TextChunker(50).chunk(text);
        assertThat(chunks).allSatisfy(c -> assertThat(c.of(text).strip()).endsWith("."));
    }

    @Test
    void tinyBoundsAreRejectedWithTheValue() {
        assertThatThrownBy(() -> new TextChunker(3)).hasMessageContaining("3 tokens");
    }
}
