package io.darkroom.sample.broken;

import io.darkroom.sample.ledger.FileStatus;

/** The broken inputs every corpus holds, each with the ledger status ingest must give it. */
public enum BrokenKind {
    TRUNCATED_PDF("truncated_pdf", FileStatus.FAILED),
    ENCRYPTED_PDF("encrypted_pdf", FileStatus.ENCRYPTED),
    ZERO_BYTE("zero_byte", FileStatus.SKIPPED),
    WRONG_EXTENSION("wrong_extension", FileStatus.PARSED),
    BINARY_BLOB("binary_blob", FileStatus.SKIPPED);

    private final String key;
    private final FileStatus status;

    BrokenKind(String key, FileStatus status) {
        this.key = key;
        this.status = status;
    }

    public String key() {
        return key;
    }

    public FileStatus status() {
        return status;
    }
}
