package io.darkroom.ingest.job;

import io.darkroom.ingest.parse.FileStatus;

import java.io.Serializable;

/** A file's ledger facts without its documents: what the driver collects to build the run summary. */
public record LedgerEntry(String path, long sizeBytes, FileStatus status, String mime, String errorClass,
                          String reason, int documents) implements Serializable {

    public static LedgerEntry of(FileResult result) {
        return new LedgerEntry(result.file().path(), result.file().sizeBytes(), result.outcome().status(),
                result.outcome().mime(), result.outcome().errorClass(), result.outcome().reason(),
                result.outcome().documents().size());
    }
}
