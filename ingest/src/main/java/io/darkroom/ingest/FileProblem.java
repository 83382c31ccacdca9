package io.darkroom.ingest;

import java.util.Objects;

/**
 * A file that did not parse: failed, encrypted or skipped, with why.
 *
 * @param status     the ledger status ({@code failed}, {@code encrypted}, {@code skipped})
 * @param errorClass the exception class, null for skipped files
 */
public record FileProblem(String path, String status, String errorClass, String reason) {
    public FileProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
    }
}
