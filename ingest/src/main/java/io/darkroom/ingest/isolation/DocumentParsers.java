package io.darkroom.ingest.isolation;

import io.darkroom.ingest.discovery.SourceFile;
import io.darkroom.ingest.parse.ParseOptions;
import io.darkroom.ingest.parse.ParseOutcome;
import io.darkroom.ingest.parse.TikaDocumentParser;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/** Picks the parser for {@link ParseOptions#isolation()}. */
public final class DocumentParsers {
    private DocumentParsers() {
    }

    /** A parser of its own: closing it ends its child process, if any. */
    public static CloseableDocumentParser open(ParseOptions options) {
        return switch (options.isolation()) {
            case FORKED -> new ForkedDocumentParser(options);
            case IN_PROCESS -> new InProcess(new TikaDocumentParser(options));
        };
    }

    /**
     * A parser for one Spark task: with {@code FORKED}, a warm child from this JVM's
     * {@link ForkedParserPool} when one waits, and closing gives it back for the next task instead of ending it.
     */
    public static CloseableDocumentParser borrow(ParseOptions options) {
        return borrow(options, ForkedParserPool.SHARED);
    }

    static CloseableDocumentParser borrow(ParseOptions options, ForkedParserPool pool) {
        return switch (options.isolation()) {
            case FORKED -> new Borrowed(options, pool, pool.borrow(options), new AtomicBoolean());
            case IN_PROCESS -> new InProcess(new TikaDocumentParser(options));
        };
    }

    private record InProcess(TikaDocumentParser parser) implements CloseableDocumentParser {
        @Override
        public ParseOutcome parse(SourceFile file) throws IOException {
            return parser.parse(file);
        }

        @Override
        public void close() {
            // Nothing to release: Tika holds no process or file between files.
        }
    }

    /** Closed twice (last file, then the task listener): given back once. */
    record Borrowed(ParseOptions options, ForkedParserPool pool, ForkedDocumentParser parser,
                            AtomicBoolean returned) implements CloseableDocumentParser {
        @Override
        public ParseOutcome parse(SourceFile file) throws IOException {
            if (returned.get()) {
                throw new IllegalStateException("Cannot parse " + file.path() + ": the parser went back to its pool");
            }
            return parser.parse(file);
        }

        @Override
        public void close() {
            if (returned.compareAndSet(false, true)) {
                pool.giveBack(options, parser);
            }
        }
    }
}
