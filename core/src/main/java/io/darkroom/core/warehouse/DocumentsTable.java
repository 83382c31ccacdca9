package io.darkroom.core.warehouse;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One row per document <em>and</em> per embedded document (attachment, archive member, mailbox
 * message). Top-level rows have a null {@code parent_id} and an empty {@code embedded_path}.
 */
public final class DocumentsTable {
    public static final String DOC_ID = "doc_id";
    public static final String FILE_PATH = "file_path";
    public static final String PARENT_ID = "parent_id";
    public static final String EMBEDDED_PATH = "embedded_path";
    public static final String DEPTH = "depth";
    public static final String MIME = "mime";
    public static final String TITLE = "title";
    public static final String AUTHOR = "author";
    public static final String CREATED = "created";
    public static final String MODIFIED = "modified";
    /** The source file's modification time, copied to every row of the file (embedded rows too). */
    public static final String FILE_MODIFIED_AT = "file_modified_at";
    public static final String LANGUAGE = "language";
    public static final String PAGES = "pages";
    public static final String WORD_COUNT = "word_count";
    public static final String ENCRYPTED = "encrypted";
    public static final String TEXT = "text";
    public static final String METADATA = "metadata";
    public static final String EMAIL_FROM = "email_from";
    public static final String EMAIL_TO = "email_to";
    public static final String EMAIL_CC = "email_cc";
    public static final String SUBJECT = "subject";
    public static final String SENT_AT = "sent_at";
    public static final String MESSAGE_ID = "message_id";
    public static final String IN_REPLY_TO = "in_reply_to";
    public static final String RUN_ID = "run_id";
    /** The application that wrote the file (PDF producer, Office application, mailer). */
    public static final String PRODUCER = "producer";
    /** Share (0..1) of alphabetic tokens that are common words of {@code language} (tika-eval's metric); null without text. */
    public static final String TEXT_QUALITY = "text_quality";
    /** Garbled text, or no text where text was expected (PDF, image): OCR would help. */
    public static final String OCR_CANDIDATE = "ocr_candidate";
    /** Tesseract produced (part of) the text. */
    public static final String OCR_APPLIED = "ocr_applied";
    /** A PDF or image without any text; {@code metadata['darkroom:no-text-hint']} says why when OCR was unavailable. */
    public static final String NO_TEXT = "no_text";
    /** E-mail thread key: "msgid:&lt;root Message-ID&gt;" or "subject:&lt;normalised subject&gt;". */
    public static final String THREAD_ID = "thread_id";

    private static final StructType SCHEMA = new StructType()
            .add(DOC_ID, DataTypes.StringType, false)
            .add(FILE_PATH, DataTypes.StringType, false)
            .add(PARENT_ID, DataTypes.StringType, true)
            .add(EMBEDDED_PATH, DataTypes.StringType, false)
            .add(DEPTH, DataTypes.IntegerType, false)
            .add(MIME, DataTypes.StringType, true)
            .add(TITLE, DataTypes.StringType, true)
            .add(AUTHOR, DataTypes.StringType, true)
            .add(CREATED, DataTypes.TimestampType, true)
            .add(MODIFIED, DataTypes.TimestampType, true)
            .add(FILE_MODIFIED_AT, DataTypes.TimestampType, true)
            .add(LANGUAGE, DataTypes.StringType, true)
            .add(PAGES, DataTypes.IntegerType, true)
            .add(WORD_COUNT, DataTypes.IntegerType, true)
            .add(ENCRYPTED, DataTypes.BooleanType, false)
            .add(TEXT, DataTypes.StringType, true)
            .add(METADATA, DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), true)
            .add(EMAIL_FROM, DataTypes.StringType, true)
            .add(EMAIL_TO, DataTypes.createArrayType(DataTypes.StringType), true)
            .add(EMAIL_CC, DataTypes.createArrayType(DataTypes.StringType), true)
            .add(SUBJECT, DataTypes.StringType, true)
            .add(SENT_AT, DataTypes.TimestampType, true)
            .add(MESSAGE_ID, DataTypes.StringType, true)
            .add(IN_REPLY_TO, DataTypes.StringType, true)
            .add(RUN_ID, DataTypes.StringType, false)
            // Added by the parsing-robustness work (issue 3); appended so existing positions stay put.
            .add(PRODUCER, DataTypes.StringType, true)
            .add(TEXT_QUALITY, DataTypes.DoubleType, true)
            .add(OCR_CANDIDATE, DataTypes.BooleanType, true)
            .add(OCR_APPLIED, DataTypes.BooleanType, true)
            .add(NO_TEXT, DataTypes.BooleanType, true)
            .add(THREAD_ID, DataTypes.StringType, true);

    public static final WarehouseTable TABLE = new WarehouseTable("documents", SCHEMA);

    private DocumentsTable() {
    }
}
