package io.darkroom.ingest.job;

import io.darkroom.ingest.incremental.PriorFile;
import io.darkroom.ingest.parse.FileStatus;

import java.io.Serializable;

/**
 * A file's ledger facts without its documents: what the driver collects to build the run summary
 * and to decide content duplicates.
 *
 * @param sha256     null when the file was not read (unreadable, too large)
 * @param durationMs time spent hashing and parsing it in this run (0 for unchanged files)
 */
public record LedgerEntry(String path, long sizeBytes, FileStatus status, String mime, String errorClass,
                          String reason, int documents, String sha256, long durationMs) implements Serializable {

    public static LedgerEntry of(FileResult result) {
        return new LedgerEntry(result.file().path(), result.file().sizeBytes(), result.outcome().status(),
                result.outcome().mime(), result.outcome().errorClass(), result.outcome().reason(),
                result.outcome().documents().size(), result.sha256(), result.durationMs());
    }

    /** An unchanged file as the ledger recorded it; a duplicate counts no documents of its own. */
    public static LedgerEntry of(PriorFile prior) {
        FileStatus status = null;
        for (FileStatus s : FileStatus.values()) {
            if (s.ledgerValue().equals(prior.status())) {
                status = s;
            }
        }
        if (status == null) {
            throw new IllegalArgumentException("Cannot treat '" + prior.path() + "' as unchanged: its ledger status is "
                    + prior.status());
        }
        return new LedgerEntry(prior.path(), prior.sizeBytes(), status, prior.mime(), prior.errorClass(), prior.reason(),
                prior.documentCount(), prior.sha256(), 0);
    }

    /** True when a byte-identical file may share this file's documents (it yielded rows). */
    public boolean holdsContent() {
        return sha256 != null && documents > 0;
    }
}
