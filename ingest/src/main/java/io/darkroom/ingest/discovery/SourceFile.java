package io.darkroom.ingest.discovery;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One discovered input file, as seen by the driver's walk.
 *
 * @param path       absolute local path, or the qualified URI of a remote file ({@code hdfs://nn/share/a.pdf});
 *                   the same string is the ledger's {@code path} and the documents' {@code file_path}
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

    /** False for {@code hdfs:}, {@code s3a:} and other URIs: executors must read those through Hadoop. */
    public boolean isLocal() {
        return !SourcePattern.isRemote(path);
    }
}
