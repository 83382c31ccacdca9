package io.darkroom.ingest.parse;

import io.darkroom.ingest.discovery.SourceFile;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.PasswordProvider;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Parses one top-level file with Tika's recursive parsing into a {@link ParseOutcome}, in this JVM.
 * Building an {@link AutoDetectParser} loads every parser and costs tens of milliseconds, so the job
 * makes one per partition (or per forked child) and reuses it; instances are not thread-safe to share.
 */
public final class TikaDocumentParser implements DocumentParser {
    static final String EMPTY_FILE = "empty file";
    /** Which supplied password opened the file: its 1-based position, never the password itself. */
    public static final String PASSWORD_USED_KEY = "darkroom:password-index";

    private final AutoDetectParser parser = new AutoDetectParser();
    private final RecursiveParserWrapper wrapper;
    private final ParseOptions options;

    public TikaDocumentParser(ParseOptions options) {
        this.options = options;
        this.wrapper = new RecursiveParserWrapper(new LimitingParser(parser, options.limits().maxEmbeddedDepth()));
    }

    public TikaDocumentParser() {
        this(ParseOptions.defaults());
    }

    /**
     * Never throws for a bad document: Tika's errors (also {@link StackOverflowError} and other
     * {@link Error}s raised while parsing) become {@code Encrypted} or {@code Failed}. An encrypted
     * file is retried with each supplied password in order.
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
        Attempt attempt = attempt(path, null);
        for (int i = 0; attempt.encrypted() && i < options.passwords().size(); i++) {
            Attempt next = attempt(path, options.passwords().get(i));
            if (!next.encrypted()) {
                attempt = next;
                attempt.top().set(PASSWORD_USED_KEY, Integer.toString(i + 1));
            }
        }
        return outcome(file, mime, attempt);
    }

    private ParseOutcome outcome(SourceFile file, String mime, Attempt attempt) {
        ParseOptions.Limits limits = options.limits();
        Throwable error = attempt.error();
        if (error != null && attempt.encrypted()) {
            return new ParseOutcome.Encrypted(mime, DocumentRowMapper.encrypted(file, mime, attempt.top()),
                    error.getClass().getName(), Failures.reason(error));
        }
        if ((error != null && hasCause(error, WriteLimitReachedException.class)) || writeLimitReached(attempt)) {
            return limitFailure(mime, "more than " + limits.maxOutputChars()
                    + " characters of text (ingest.parse.max-output-chars)");
        }
        if (error != null) {
            return new ParseOutcome.Failed(mime, error.getClass().getName(), Failures.reason(error));
        }
        if (attempt.breach().depthExceeded) {
            return limitFailure(mime, "embedded documents nested deeper than " + limits.maxEmbeddedDepth()
                    + " levels (ingest.parse.max-embedded-depth)");
        }
        if (attempt.handler().hasHitMaximumEmbeddedResources()) {
            return limitFailure(mime, "more than " + limits.maxEmbeddedCount()
                    + " embedded documents (ingest.parse.max-embedded-count)");
        }
        List<Metadata> rows = attempt.handler().getMetadataList();
        String hint = OcrSupport.noTextHint(options.ocr().enabled());
        for (Metadata md : rows) {
            String text = md.get(TikaCoreProperties.TIKA_CONTENT);
            if (hint != null && (text == null || text.isBlank()) && DocumentRowMapper.expectsText(MetadataValues.mime(md))) {
                md.set(OcrSupport.NO_TEXT_HINT_KEY, hint);
            }
        }
        return new ParseOutcome.Parsed(mime, EmbeddedDocumentTree.assemble(file, rows));
    }

    /** The recursive wrapper records the write limit as a flag on the document instead of throwing. */
    private static boolean writeLimitReached(Attempt attempt) {
        for (Metadata md : attempt.handler().getMetadataList()) {
            if ("true".equals(md.get(TikaCoreProperties.WRITE_LIMIT_REACHED))) {
                return true;
            }
        }
        return false;
    }

    private static ParseOutcome limitFailure(String mime, String reason) {
        return new ParseOutcome.Failed(mime, ParseLimitException.class.getName(), reason);
    }

    private Attempt attempt(Path path, String password) throws IOException {
        ParseContext context = context(password);
        LimitingParser.Breach breach = new LimitingParser.Breach();
        context.set(LimitingParser.Breach.class, breach);
        // BODY, not TEXT: TEXT also writes the XHTML <head><title> (a PDF's title, an e-mail's subject)
        // as the first line, and then the first line is no longer the document's own first line.
        // The write limit throws (rather than truncating quietly) so that a bomb is a failed file.
        RecursiveParserWrapperHandler handler = new RecursiveParserWrapperHandler(
                new BasicContentHandlerFactory(BasicContentHandlerFactory.HANDLER_TYPE.BODY,
                        options.limits().maxOutputChars(), true, context),
                options.limits().maxEmbeddedCount());
        Metadata metadata = new Metadata();
        try (TikaInputStream in = TikaInputStream.get(path, metadata)) {
            wrapper.parse(in, handler, metadata, context);
        } catch (Throwable t) {
            List<Metadata> partial = handler.getMetadataList();
            Metadata top = partial.isEmpty() ? metadata : partial.get(0);
            return new Attempt(handler, breach, top, t);
        }
        return new Attempt(handler, breach, handler.getMetadataList().get(0), null);
    }

    private ParseContext context(String password) {
        ParseContext context = new ParseContext();
        // Without the parser in the context, embedded documents would be skipped instead of parsed.
        context.set(Parser.class, parser);
        if (password != null) {
            context.set(PasswordProvider.class, md -> password);
        }
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(!options.ocr().enabled());
        ocr.setTimeoutSeconds(options.ocr().timeoutSeconds());
        context.set(TesseractOCRConfig.class, ocr);
        // AUTO: OCR only the pages whose text layer is (nearly) empty; a born-digital PDF costs nothing extra.
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
        context.set(PDFParserConfig.class, pdf);
        return context;
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

    /** One run of Tika over the file, with or without a password. */
    private record Attempt(RecursiveParserWrapperHandler handler, LimitingParser.Breach breach, Metadata top,
                           Throwable error) {
        boolean encrypted() {
            return error != null && hasCause(error, EncryptedDocumentException.class);
        }
    }
}
