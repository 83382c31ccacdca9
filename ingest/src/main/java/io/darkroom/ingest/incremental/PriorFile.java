package io.darkroom.ingest.incremental;

import java.time.Instant;
import java.util.Objects;

/**
 * A file as the ledger last recorded it: what an incremental run compares discovery against.
 *
 * @param duplicateOf the path that holds this file's content in {@code documents}; null when the
 *                    file holds its own rows
 */
public record PriorFile(String path, long sizeBytes, Instant modifiedAt, String sha256, String status, String mime,
                        String errorClass, String reason, int documentCount, String duplicateOf) {
    public PriorFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
    }

    /** True when this path's own rows are expected in {@code documents}. */
    public boolean ownsDocuments() {
        return duplicateOf == null && documentCount > 0;
    }
}
