package io.darkroom.ingest.parse;

import io.darkroom.ingest.discovery.SourceFile;

import java.io.IOException;

/**
 * Turns one top-level file into its outcome. Implementations report bad documents as outcomes;
 * they may throw only when the file cannot be read at all, which callers record as failed.
 */
public interface DocumentParser {
    ParseOutcome parse(SourceFile file) throws IOException;
}
