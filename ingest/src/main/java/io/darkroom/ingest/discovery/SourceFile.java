package io.darkroom.ingest.discovery;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One discovered input file, as seen by the driver's walk.
 *
 * @param path       absolute local path (the same string is the ledger's {@code path} and the
 *                   documents' {@code file_path}; remote schemes will carry their full URI)
 * @param sizeBytes  file length in bytes
 * @param modifiedAt last modification time
 */
public record SourceFile(String path, long sizeBytes, Instant modifiedAt) implements Serializable {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("Cannot describe '" + path + "' with a negative size: " + sizeBytes);
        }
    }
}
