package io.darkroom.ingest.isolation;

import io.darkroom.ingest.parse.DocumentParser;

/** A parser that may hold a child process; closing it ends the process. Closing twice is harmless. */
public interface CloseableDocumentParser extends DocumentParser, AutoCloseable {
    @Override
    void close();
}
