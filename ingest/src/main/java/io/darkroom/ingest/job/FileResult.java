package io.darkroom.ingest.job;

import io.darkroom.ingest.discovery.SourceFile;
import io.darkroom.ingest.parse.ParseOutcome;

import java.io.Serializable;
import java.util.Objects;

/**
 * Everything one pass over a file yields: its ledger entry (file, hash, outcome, time) and, through
 * the outcome, its document rows.
 *
 * @param sha256     content hash; null when the file could not be read
 * @param durationMs wall time spent hashing and parsing the file
 */
public record FileResult(SourceFile file, String sha256, ParseOutcome outcome, long durationMs) implements Serializable {
    public FileResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(outcome, "outcome");
    }

    public String status() {
        return outcome.status().ledgerValue();
    }
}
