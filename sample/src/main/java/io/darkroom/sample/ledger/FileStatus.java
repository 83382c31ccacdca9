package io.darkroom.sample.ledger;

/** The ledger status ingest must give a top-level file (docs/sample-corpus-contract.md). */
public enum FileStatus {
    PARSED("parsed"), FAILED("failed"), ENCRYPTED("encrypted"), SKIPPED("skipped");

    private final String key;

    FileStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Parsed and encrypted files yield document rows; failed and skipped ones yield none. */
    public boolean yieldsDocuments() {
        return this == PARSED || this == ENCRYPTED;
    }
}
