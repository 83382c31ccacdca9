package io.darkroom.sample.ledger;

/** The document types of the contract's first, rule-based typing (docs/sample-corpus-contract.md). */
public enum DocType {
    EMAIL("email"), MAILBOX("mailbox"), ARCHIVE("archive"), SPREADSHEET("spreadsheet"),
    PRESENTATION("presentation"), INVOICE("invoice"), CONTRACT("contract"), TICKET("ticket"),
    MEETING_NOTES("meeting_notes"), OTHER("other");

    private final String key;

    DocType(String key) {
        this.key = key;
    }

    /** The name used in truth.json and in the facts table. */
    public String key() {
        return key;
    }
}
