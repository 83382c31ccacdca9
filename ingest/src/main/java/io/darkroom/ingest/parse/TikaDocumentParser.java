package io.darkroom.ingest.parse;

import io.darkroom.ingest.discovery.SourceFile;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Parses one top-level file with Tika's recursive parsing into a {@link ParseOutcome}. Building an
 * {@link AutoDetectParser} loads every parser and costs tens of milliseconds, so the job makes one
 * per partition and reuses it for every file of the partition; instances are not thread-safe to share.
 */
public final class TikaDocumentParser implements DocumentParser {
    static final String EMPTY_FILE = "empty file";
    private static final int UNLIMITED = -1;

    private final AutoDetectParser parser = new AutoDetectParser();
    private final RecursiveParserWrapper wrapper = new RecursiveParserWrapper(parser);
    private final ParseOptions options;

    public TikaDocumentParser(ParseOptions options) {
        this.options = options;
    }

    public TikaDocumentParser() {
        this(ParseOptions.defaults());
    }

    /**
     * Never throws for a bad document: Tika's errors (also {@link StackOverflowError} and other
     * {@link Error}s raised while parsing) become {@code Encrypted} or {@code Failed}.
     *
     * @throws IOException when the file cannot be read at all (the caller records it as failed)
     */
    @Override
    public ParseOutcome parse(SourceFile file) throws IOException {
        if (file.sizeBytes() == 0) {
            return new ParseOutcome.Skipped(null, EMPTY_FILE);
        }
        Path path = Path.of(file.path());
        String mime = detect(path);
        if (MediaType.OCTET_STREAM.toString().equals(mime)) {
            return new ParseOutcome.Skipped(mime, "unsupported format: " + mime);
        }
        // BODY, not TEXT: TEXT also writes the XHTML <head><title> (a PDF's title, an e-mail's subject)
        // as the first line, and then the first line is no longer the document's own first line.
        RecursiveParserWrapperHandler handler = new RecursiveParserWrapperHandler(
                new BasicContentHandlerFactory(BasicContentHandlerFactory.HANDLER_TYPE.BODY, UNLIMITED), UNLIMITED);
        ParseContext context = new ParseContext();
        // Without the parser in the context, embedded documents would be skipped instead of parsed.
        context.set(Parser.class, parser);
        Metadata metadata = new Metadata();
        try (TikaInputStream in = TikaInputStream.get(path, metadata)) {
            wrapper.parse(in, handler, metadata, context);
        } catch (Throwable t) {
            List<Metadata> partial = handler.getMetadataList();
            Metadata top = partial.isEmpty() ? metadata : partial.get(0);
            if (hasCause(t, EncryptedDocumentException.class)) {
                return new ParseOutcome.Encrypted(mime, DocumentRowMapper.encrypted(file, mime, top),
                        t.getClass().getName(), Failures.reason(t));
            }
            return new ParseOutcome.Failed(mime, t.getClass().getName(), Failures.reason(t));
        }
        List<DocumentRecord> documents = EmbeddedDocumentTree.assemble(file, handler.getMetadataList());
        return new ParseOutcome.Parsed(mime, documents);
    }

    private String detect(Path path) throws IOException {
        Metadata hints = new Metadata();
        hints.set(TikaCoreProperties.RESOURCE_NAME_KEY, path.getFileName().toString());
        try (TikaInputStream in = TikaInputStream.get(path)) {
            return parser.getDetector().detect(in, hints).getBaseType().toString();
        }
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
