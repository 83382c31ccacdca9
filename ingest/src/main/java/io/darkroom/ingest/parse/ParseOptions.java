package io.darkroom.ingest.parse;

import java.io.Serializable;
import java.util.List;

/**
 * How files are parsed: shipped from the driver to every partition. The parsing-robustness work
 * adds its knobs here (timeouts, memory bound, isolation mode, passwords, OCR, limits); every other
 * part of ingest only passes it along.
 *
 * @param passwords passwords to try on encrypted PDF/Office files, in order (owner-supplied)
 */
public record ParseOptions(List<String> passwords) implements Serializable {
    public ParseOptions {
        passwords = List.copyOf(passwords);
    }

    public static ParseOptions defaults() {
        return new ParseOptions(List.of());
    }
}
