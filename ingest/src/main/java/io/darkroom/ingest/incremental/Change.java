package io.darkroom.ingest.incremental;

/** How a discovered file relates to the ledger's last record of it. */
public enum Change {
    /** Not in the ledger, or recorded as deleted. */
    NEW,
    /** Different size, or same size but a different hash; or its rows need repair. */
    CHANGED,
    /** Same size and modification time, or same size and hash (a touched file). */
    UNCHANGED
}
