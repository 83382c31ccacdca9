package io.darkroom.nlq.analyze;

import java.util.List;
import java.util.Objects;

/**
 * A question after analysis: its tokens, the lower-case text they were joined into (single spaces;
 * {@code offsets[i]} is where token i starts in it), and the date phrases found. A question that
 * cannot be analysed carries a {@link Problem} and no tokens.
 */
public record AnalyzedQuestion(String text, List<Token> tokens, List<Integer> offsets, List<DatePhrase> dates,
                               Problem problem) {
    public enum Problem {
        EMPTY("The question is empty."),
        TOO_LONG("The question is too long; please ask it in one or two sentences."),
        NO_WORDS("The question has no words I can read."),
        NOT_ENGLISH("I can only read questions in English so far.");

        private final String message;

        Problem(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    public AnalyzedQuestion {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        offsets = List.copyOf(offsets);
        dates = List.copyOf(dates);
        if (tokens.size() != offsets.size()) {
            throw new IllegalArgumentException("Cannot analyse: " + tokens.size() + " tokens but " + offsets.size() + " offsets");
        }
    }

    public static AnalyzedQuestion rejected(Problem problem) {
        return new AnalyzedQuestion("", List.of(), List.of(), List.of(), problem);
    }

    public boolean rejected() {
        return problem != null;
    }

    /** Index of the token that covers character {@code offset} of {@link #text()}. */
    public int tokenAt(int offset) {
        int found = 0;
        for (int i = 0; i < offsets.size(); i++) {
            if (offsets.get(i) <= offset) {
                found = i;
            }
        }
        return found;
    }

    /** True when token i lies inside a date phrase. */
    public boolean inDate(int i) {
        int s = offsets.get(i);
        int e = s + tokens.get(i).word().length();
        return dates.stream().anyMatch(d -> d.overlaps(s, e));
    }
}
