package io.darkroom.ingest.parse;

import io.darkroom.core.warehouse.FilesTable;

/** Ledger statuses an ingest run can assign ({@code deleted} comes from incremental runs later). */
public enum FileStatus {
    PARSED(FilesTable.PARSED),
    ENCRYPTED(FilesTable.ENCRYPTED),
    FAILED(FilesTable.FAILED),
    SKIPPED(FilesTable.SKIPPED);

    private final String ledgerValue;

    FileStatus(String ledgerValue) {
        this.ledgerValue = ledgerValue;
    }

    /** The value stored in {@code files.status}. */
    public String ledgerValue() {
        return ledgerValue;
    }
}
