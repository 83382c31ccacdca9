package io.darkroom.nlq.analyze;

import java.time.LocalDate;
import java.util.List;

/** Splits a question into annotated tokens; relative dates are normalised against {@code reference}. */
@FunctionalInterface
public interface TokenSource {
    List<Token> tokens(String text, LocalDate reference);
}
