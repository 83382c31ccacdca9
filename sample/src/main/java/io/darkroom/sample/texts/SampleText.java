package io.darkroom.sample.texts;

import java.util.Objects;

/**
 * The text of one expected document of a generated corpus with its label: what ingest's
 * {@code documents} row would hold, reconstructed without Tika for tests of later stages.
 *
 * @param mime the detected type the row would carry ({@code message/rfc822}, {@code application/pdf}, …)
 * @param type the label from truth.json's {@code document_labels}
 * @param date ISO date of the document
 * @param text the extracted text ("" for an encrypted document)
 */
public record SampleText(String path, String embeddedPath, String mime, String type, String date, String text) {
    public SampleText {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(embeddedPath, "embeddedPath");
        Objects.requireNonNull(mime, "mime");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }

    /** The ingest contract's doc_id: SHA-256 of {@code path + "\u0000" + embeddedPath}, lower-case hex. */
    public String docId() {
        return Hashes.sha256Hex(path + "\u0000" + embeddedPath);
    }
}
