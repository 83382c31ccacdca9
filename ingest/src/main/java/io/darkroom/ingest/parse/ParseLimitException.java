package io.darkroom.ingest.parse;

import org.apache.tika.exception.TikaException;

/** A file exceeded one of {@link ParseOptions.Limits}; its class name is the ledger's error class. */
public final class ParseLimitException extends TikaException {
    public ParseLimitException(String message) {
        super(message);
    }
}
