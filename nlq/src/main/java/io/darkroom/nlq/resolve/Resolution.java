package io.darkroom.nlq.resolve;

import io.darkroom.nlq.analyze.AnalyzedQuestion;

import java.util.List;
import java.util.Objects;

/**
 * A question bound to the catalog: matched phrases (in question order), comparisons, a ranking, the
 * function-word cues, words that matched nothing (for "I do not know 'X'"), and content words (for
 * document search).
 */
public record Resolution(AnalyzedQuestion question, List<Match> matches, List<NumberCondition> numbers, Rank rank,
                         Cues cues, List<String> unknown, List<String> keywords) {
    public Resolution {
        Objects.requireNonNull(question, "question");
        matches = List.copyOf(matches);
        numbers = List.copyOf(numbers);
        unknown = List.copyOf(unknown);
        keywords = List.copyOf(keywords);
    }

    public <T extends Target> List<Match> matchesOf(Class<T> type) {
        return matches.stream().filter(m -> m.has(type)).toList();
    }

    /** Mean confidence of the matches (1 when nothing needed matching). */
    public double confidence() {
        return matches.stream().mapToDouble(Match::confidence).average().orElse(1.0);
    }
}
