package io.darkroom.nlq.resolve;

import java.util.List;
import java.util.Objects;

/**
 * A phrase of the question bound to the catalog: every target it can mean (more than one is an
 * ambiguity the planner resolves from context or asks about), how it matched, and how sure that is.
 *
 * @param start      first token index
 * @param end        token index after the phrase
 * @param confidence 1 for exact, lower for lemma, synonym and typo matches
 * @param negated    the phrase follows "not", "excluding", "except", ...
 */
public record Match(String text, int start, int end, List<Target> targets, How how, double confidence, boolean negated) {
    public enum How { EXACT, LEMMA, SYNONYM, FUZZY }

    public Match {
        Objects.requireNonNull(text, "text");
        targets = List.copyOf(targets);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("Cannot match '" + text + "' to nothing");
        }
    }

    public <T extends Target> List<T> targetsOf(Class<T> type) {
        return targets.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public boolean has(Class<? extends Target> type) {
        return targets.stream().anyMatch(type::isInstance);
    }
}
