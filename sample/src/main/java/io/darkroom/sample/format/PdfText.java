package io.darkroom.sample.format;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * A text-only PDF built line by line with Standard 14 fonts, written reproducibly: the trailer
 * /ID is derived from a caller-given key instead of the clock, and the creation date is explicit.
 * Saved with object streams, which also makes a truncated copy unrecoverable for PDFBox.
 */
public final class PdfText {
    public enum Style { TITLE, HEADING, BODY, TABLE }

    private record Line(String text, Style style) {
    }

    /** The document information dictionary; {@code created} becomes CreationDate at noon UTC. */
    public record Info(String title, String author, String subject, LocalDate created) {
    }

    private static final float MARGIN = 50;
    private static final int WRAP_COLUMNS = 95;
    private final List<Line> lines = new ArrayList<>();

    public PdfText line(Style style, String text) {
        lines.add(new Line(text, style));
        return this;
    }

    public PdfText body(String text) {
        return line(Style.BODY, text);
    }

    /** A paragraph wrapped to the page width, followed by a blank line. */
    public PdfText paragraph(String text) {
        for (String wrapped : TextWrap.wrap(text, WRAP_COLUMNS)) {
            body(wrapped);
        }
        return blank();
    }

    public PdfText blank() {
        return line(Style.BODY, "");
    }

    public byte[] render(Info info, String idKey) {
        return save(info, idKey, null);
    }

    /** RC4-128 encryption: unlike AES it needs no random IV, so the bytes stay reproducible. */
    public byte[] renderEncrypted(Info info, String idKey, String userPassword, String ownerPassword) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword,
                new AccessPermission());
        policy.setEncryptionKeyLength(128);
        policy.setPreferAES(false);
        return save(info, idKey, policy);
    }

    private byte[] save(Info info, String idKey, StandardProtectionPolicy protection) {
        try (PDDocument document = new PDDocument()) {
            writePages(document);
            PDDocumentInformation pdfInfo = document.getDocumentInformation();
            pdfInfo.setTitle(info.title());
            pdfInfo.setAuthor(info.author());
            pdfInfo.setSubject(info.subject());
            pdfInfo.setCreator("Kestrel Office Suite");
            pdfInfo.setCreationDate(noonUtc(info.created()));
            COSString id = new COSString(documentId(idKey));
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            document.getDocument().setDocumentID(ids);
            if (protection != null) {
                document.protect(protection);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render PDF '" + info.title() + "': " + e.getMessage(), e);
        }
    }

    private void writePages(PDDocument document) throws IOException {
        PDType1Font regular = new PDType1Font(FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(FontName.HELVETICA_BOLD);
        PDType1Font mono = new PDType1Font(FontName.COURIER);
        int index = 0;
        do {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float y = PDRectangle.A4.getHeight() - MARGIN;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                while (index < lines.size() && y > MARGIN) {
                    Line line = lines.get(index++);
                    float size = switch (line.style()) {
                        case TITLE -> 18;
                        case HEADING -> 12;
                        case BODY -> 10;
                        case TABLE -> 9;
                    };
                    if (!line.text().isEmpty()) {
                        content.beginText();
                        content.setFont(switch (line.style()) {
                            case TITLE, HEADING -> bold;
                            case BODY -> regular;
                            case TABLE -> mono;
                        }, size);
                        content.newLineAtOffset(MARGIN, y);
                        content.showText(line.text());
                        content.endText();
                    }
                    y -= size * 1.45f;
                }
            }
        } while (index < lines.size());
    }

    private static Calendar noonUtc(LocalDate date) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 12, 0, 0);
        return calendar;
    }

    private static byte[] documentId(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
