package io.darkroom.analytics.facts;

import org.apache.spark.sql.Column;

import java.util.List;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.split_part;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.coalesce;

/**
 * First, rule-based document types (docs/sample-corpus-contract.md): container and office formats
 * by mime, the rest by the heading on the first line of text. The features issue replaces this
 * with rules plus an MLlib classifier; the type names stay.
 */
public final class DocumentTypes {
    public static final String EMAIL = "email";
    public static final String MAILBOX = "mailbox";
    public static final String ARCHIVE = "archive";
    public static final String SPREADSHEET = "spreadsheet";
    public static final String PRESENTATION = "presentation";
    public static final String INVOICE = "invoice";
    public static final String CONTRACT = "contract";
    public static final String TICKET = "ticket";
    public static final String MEETING_NOTES = "meeting_notes";
    public static final String OTHER = "other";

    public static final List<String> ALL = List.of(EMAIL, MAILBOX, ARCHIVE, SPREADSHEET, PRESENTATION,
            INVOICE, CONTRACT, TICKET, MEETING_NOTES, OTHER);

    private static final List<String> SPREADSHEET_MIMES = List.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-excel", "application/vnd.oasis.opendocument.spreadsheet",
            "text/csv", "text/tab-separated-values");
    private static final List<String> PRESENTATION_MIMES = List.of(
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.ms-powerpoint", "application/vnd.oasis.opendocument.presentation");

    private DocumentTypes() {
    }

    /** The type column for documents with the given mime and extracted text columns. */
    public static Column typeOf(Column mime, Column text) {
        Column m = lower(coalesce(split_part(mime, lit(";"), lit(1)), lit("")));
        Column heading = upper(regexp_extract(coalesce(text, lit("")), "^\\s*([^\\r\\n]*)", 1));
        return when(m.equalTo("message/rfc822"), EMAIL)
                .when(m.equalTo("application/mbox"), MAILBOX)
                .when(m.equalTo("application/zip"), ARCHIVE)
                .when(m.isin(SPREADSHEET_MIMES.toArray()), SPREADSHEET)
                .when(m.isin(PRESENTATION_MIMES.toArray()), PRESENTATION)
                .when(heading.startsWith("INVOICE"), INVOICE)
                .when(heading.startsWith("CONTRACT").or(heading.startsWith("SERVICE AGREEMENT")), CONTRACT)
                .when(heading.startsWith("SUPPORT TICKET"), TICKET)
                .when(heading.startsWith("MEETING NOTES"), MEETING_NOTES)
                .otherwise(OTHER);
    }
}
