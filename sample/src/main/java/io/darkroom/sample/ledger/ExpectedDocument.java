package io.darkroom.sample.ledger;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One document row ingest must produce: a top-level file ({@code embeddedPath} empty) or a document
 * embedded in it, with the date and type the contract's rules give it.
 */
public record ExpectedDocument(String path, String embeddedPath, LocalDate date, DocType type) {
    public ExpectedDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(embeddedPath, "embeddedPath");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
    }

    public boolean embedded() {
        return !embeddedPath.isEmpty();
    }
}
