package io.darkroom.ingest.isolation;

import io.darkroom.ingest.parse.ParseOptions;
import io.darkroom.ingest.parse.TikaDocumentParser;

/** Picks the parser for {@link ParseOptions#isolation()}; one per partition. */
public final class DocumentParsers {
    private DocumentParsers() {
    }

    public static CloseableDocumentParser open(ParseOptions options) {
        return switch (options.isolation()) {
            case FORKED -> new ForkedDocumentParser(options);
            case IN_PROCESS -> new InProcess(new TikaDocumentParser(options));
        };
    }

    private record InProcess(TikaDocumentParser parser) implements CloseableDocumentParser {
        @Override
        public io.darkroom.ingest.parse.ParseOutcome parse(io.darkroom.ingest.discovery.SourceFile file)
                throws java.io.IOException {
            return parser.parse(file);
        }

        @Override
        public void close() {
            // Nothing to release: Tika holds no process or file between files.
        }
    }
}
