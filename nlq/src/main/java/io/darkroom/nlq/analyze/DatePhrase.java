package io.darkroom.nlq.analyze;

import java.util.Objects;

/**
 * A date phrase found in a question: where it is (character offsets in the analysed lower-case text)
 * and what it means.
 */
public record DatePhrase(String text, int start, int end, DateSpec spec) {
    public DatePhrase {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(spec, "spec");
    }

    public boolean overlaps(int s, int e) {
        return s < end && e > start;
    }
}
