package io.darkroom.bench.questions;

import java.util.Locale;
import java.util.Objects;

/**
 * How an answer is held against its gold: one number, a set of (label, value) or (label, label, value)
 * rows, a value somewhere in the table, top documents that must all be gold hits (subset), a clarification, or a
 * non-empty insight of the expected kind. Written in the question file as {@code scalar}, {@code scalar~0.01}
 * (relative tolerance), {@code pairs}, {@code triples}, {@code values} (the numbers only, for period comparisons whose
 * labels are the answerer's own wording), {@code contains}, {@code subset}, {@code clarify}, {@code insight}.
 */
public record Comparison(Mode mode, double tolerance) {
    /** Default relative tolerance: rounding noise of doubles, not of the answer. */
    public static final double EXACT = 1e-6;

    public enum Mode { SCALAR, PAIRS, TRIPLES, VALUES, CONTAINS, SUBSET, CLARIFY, INSIGHT }

    public Comparison {
        Objects.requireNonNull(mode, "mode");
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new IllegalArgumentException("Cannot use tolerance " + tolerance + ": give a relative tolerance in [0, 1)");
        }
    }

    public static Comparison parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        int tilde = t.indexOf('~');
        String name = tilde < 0 ? t : t.substring(0, tilde);
        Mode mode;
        double tolerance;
        try {
            mode = Mode.valueOf(name.toUpperCase(Locale.ROOT));
            tolerance = tilde < 0 ? EXACT : Double.parseDouble(t.substring(tilde + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot read comparison '" + text + "': use scalar[~tol], pairs[~tol], triples[~tol], values[~tol],"
                    + " contains, subset, clarify or insight", e);
        }
        return new Comparison(mode, tolerance);
    }

    /** Keys before the value column for the set modes. */
    int keys() {
        return mode == Mode.TRIPLES ? 2 : 1;
    }

    @Override
    public String toString() {
        return mode.name().toLowerCase(Locale.ROOT) + (tolerance == EXACT ? "" : "~" + tolerance);
    }
}
