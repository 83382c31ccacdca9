package io.darkroom.ingest.parse;

import io.darkroom.ingest.discovery.SourceFile;
import io.darkroom.ingest.parse.DocumentRecord.EmailFields;
import io.darkroom.ingest.quality.TextQuality;
import io.darkroom.ingest.quality.TextQualityScorer;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;

import java.util.Set;

/**
 * Maps one Tika metadata record (one document of a file) to a {@link DocumentRecord}. The keys are
 * the ones Tika 3.3.1 really emits (pinned by {@code TikaEmittedMetadataTest}); note that the mail
 * parser writes {@code Message-From/-To/-Cc}, not {@code Message:From}.
 */
final class DocumentRowMapper {
    static final String MESSAGE_ID = Message.MESSAGE_RAW_HEADER_PREFIX + "Message-ID";
    static final String IN_REPLY_TO = Message.MESSAGE_RAW_HEADER_PREFIX + "In-Reply-To";
    static final String REFERENCES = Message.MESSAGE_RAW_HEADER_PREFIX + "References";
    private static final Set<String> MESSAGE_TYPES = Set.of("message/rfc822", "application/vnd.ms-outlook");
    /** Most specific first: a PDF's producer names the converter, its creator tool the authoring app. */
    private static final String[] PRODUCER_KEYS = {"pdf:producer", "pdf:docinfo:producer",
            "extended-properties:Application", "xmp:CreatorTool", "pdf:docinfo:creator_tool", "generator",
            Message.MESSAGE_RAW_HEADER_PREFIX + "X-Mailer", Message.MESSAGE_RAW_HEADER_PREFIX + "User-Agent"};
    private static final TextQualityScorer SCORER = new TextQualityScorer();

    private DocumentRowMapper() {
    }

    /** A parsed document; {@code text} is Tika's raw text, shaped here. */
    static DocumentRecord parsed(SourceFile file, String docId, String parentId, String embeddedPath,
                                 int depth, Metadata md, String rawText) {
        String mime = MetadataValues.mime(md);
        String title = MetadataValues.first(md, TikaCoreProperties.TITLE.getName());
        EmailFields email = isMessage(mime, md) ? email(md) : EmailFields.NONE;
        String text = ExtractedText.normalize(rawText);
        TextQuality quality = SCORER.score(text);
        boolean noText = text.isBlank() && expectsText(mime);
        return new DocumentRecord(docId, file.path(), parentId, embeddedPath, depth, mime, title,
                MetadataValues.first(md, TikaCoreProperties.CREATOR.getName()),
                MetadataValues.instant(md, TikaCoreProperties.CREATED.getName()),
                MetadataValues.instant(md, TikaCoreProperties.MODIFIED.getName()),
                file.modifiedAt(),
                quality.language(),
                MetadataValues.integer(md, PagedText.N_PAGES.getName()),
                ExtractedText.wordCount(text), false, text, MetadataValues.asMap(md), email,
                MetadataValues.firstOf(md, PRODUCER_KEYS), quality.score(),
                noText || quality.garbled(), OcrSupport.applied(md), noText);
    }

    /** The contract's encrypted row: type and file time only, no text, no document dates. */
    static DocumentRecord encrypted(SourceFile file, String mime, Metadata md) {
        String docId = DocumentIds.of(file.path(), "");
        return new DocumentRecord(docId, file.path(), null, "", 0, mime, null, null, null, null,
                file.modifiedAt(), null, MetadataValues.integer(md, PagedText.N_PAGES.getName()), 0, true, null,
                MetadataValues.asMap(md), EmailFields.NONE, MetadataValues.firstOf(md, PRODUCER_KEYS), null,
                false, false, false);
    }

    static boolean isMessage(String mime, Metadata md) {
        return (mime != null && MESSAGE_TYPES.contains(mime)) || md.get(Message.MESSAGE_FROM) != null;
    }

    /** Pages and pictures are meant to be read: no text there means scanned (or broken), unlike an empty zip. */
    static boolean expectsText(String mime) {
        return mime != null && (mime.equals("application/pdf") || mime.startsWith("image/"));
    }

    private static EmailFields email(Metadata md) {
        String subject = MetadataValues.firstOf(md, TikaCoreProperties.SUBJECT.getName(), TikaCoreProperties.TITLE.getName());
        String messageId = MetadataValues.first(md, MESSAGE_ID);
        String inReplyTo = MetadataValues.first(md, IN_REPLY_TO);
        return new EmailFields(
                MetadataValues.firstOf(md, Message.MESSAGE_FROM, TikaCoreProperties.CREATOR.getName()),
                MetadataValues.addresses(md, Message.MESSAGE_TO),
                MetadataValues.addresses(md, Message.MESSAGE_CC),
                subject,
                MetadataValues.instant(md, TikaCoreProperties.CREATED.getName()),
                messageId,
                inReplyTo,
                EmailThreads.threadId(MetadataValues.first(md, REFERENCES), inReplyTo, subject, messageId));
    }
}
