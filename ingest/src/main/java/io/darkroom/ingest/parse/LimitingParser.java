package io.darkroom.ingest.parse;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;

/**
 * Stops descending into embedded documents past the depth limit. Tika's own package-entry depth
 * check counts per content handler, and the recursive wrapper gives every embedded document a new
 * handler, so a zip quine ({@code droste.zip}, {@code quine.gz}) would otherwise recurse until the
 * heap or the disk runs out. An exception thrown here would be swallowed as an embedded-document
 * error, so the breach is recorded in the context's {@link Breach} instead and decided afterwards.
 */
final class LimitingParser extends ParserDecorator {
    private final int maxDepth;

    LimitingParser(Parser parser, int maxDepth) {
        super(parser);
        this.maxDepth = maxDepth;
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        Breach breach = context.get(Breach.class);
        if (breach != null && depth(metadata) > maxDepth) {
            breach.depthExceeded = true;
            return;
        }
        super.parse(stream, handler, metadata, context);
    }

    private static int depth(Metadata md) {
        String idPath = md.get(TikaCoreProperties.EMBEDDED_ID_PATH);
        if (idPath == null || idPath.isEmpty()) {
            return 0;
        }
        return (int) idPath.chars().filter(c -> c == '/').count();
    }

    /** Mutable per parse; lives only in one parse's {@link ParseContext}. */
    static final class Breach {
        boolean depthExceeded;
    }
}
