package io.darkroom.sample.ledger;

import java.util.Locale;

/** A top-level file as written, with the status ingest must record for it. */
public record WrittenFile(String path, FileStatus status) {
    /** The lower-case extension without the dot ("" when the name has none). */
    public String extension() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
