package io.darkroom.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Calendar;
import java.util.Random;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small real input files, built in code with the libraries Tika itself reads them with. */
public final class Fixtures {
    public static final Instant PDF_CREATED = Instant.parse("2024-03-05T09:15:00Z");

    private Fixtures() {
    }

    public static byte[] pdf(String title, String... lines) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.setLeading(16);
                cs.newLineAtOffset(72, 700);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setAuthor("Acme Finance");
            Calendar created = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(PDF_CREATED.toEpochMilli());
            doc.getDocumentInformation().setCreationDate(created);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] encryptedPdf() {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] truncatedPdf() {
        byte[] whole = pdf("Truncated", "INVOICE 7", "This PDF loses its second half.");
        return Arrays.copyOf(whole, whole.length / 2);
    }

    public static byte[] docx(String title, String... paragraphs) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.getProperties().getCoreProperties().setCreator("Support Desk");
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As the contract says the generator writes it: one text/plain body, then named attachments. */
    public static String eml(String id, String subject, String date, String inReplyTo, Attachment... attachments) {
        StringBuilder s = new StringBuilder()
                .append("From: Alice Smith <alice@example.com>\r\n")
                .append("To: Bob Jones <bob@example.com>, carol@example.com\r\n")
                .append("Cc: \"Doe, Dave\" <dave@example.com>\r\n")
                .append("Subject: ").append(subject).append("\r\n")
                .append("Date: ").append(date).append("\r\n")
                .append("Message-ID: <").append(id).append("@example.com>\r\n");
        if (inReplyTo != null) {
            s.append("In-Reply-To: <").append(inReplyTo).append("@example.com>\r\n");
        }
        s.append("MIME-Version: 1.0\r\n");
        String body = "Hello Bob,\r\n\r\nplease find the invoice for " + id + " attached.\r\n\r\nRegards, Alice\r\n";
        if (attachments.length == 0) {
            return s.append("Content-Type: text/plain; charset=UTF-8\r\n\r\n").append(body).toString();
        }
        String boundary = "=_boundary_" + id;
        s.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n");
        s.append("--").append(boundary).append("\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n").append(body);
        for (Attachment a : attachments) {
            s.append("--").append(boundary).append("\r\n")
                    .append("Content-Type: ").append(a.mime()).append("; name=\"").append(a.name()).append("\"\r\n")
                    .append("Content-Transfer-Encoding: base64\r\n")
                    .append("Content-Disposition: attachment; filename=\"").append(a.name()).append("\"\r\n\r\n")
                    .append(Base64.getMimeEncoder().encodeToString(a.bytes())).append("\r\n");
        }
        return s.append("--").append(boundary).append("--\r\n").toString();
    }

    public record Attachment(String name, String mime, byte[] bytes) {
    }

    /** Three messages, the second with a PDF attachment. */
    public static String mbox() {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            Attachment[] attachments = i == 2
                    ? new Attachment[]{new Attachment("invoice-2.pdf", "application/pdf", pdf("Invoice 2", "INVOICE 2"))}
                    : new Attachment[0];
            String message = eml("mbox-" + i, "Mailbox message " + i, "Tue, 0" + i + " Apr 2024 10:00:00 +0000",
                    i > 1 ? "mbox-" + (i - 1) : null, attachments);
            s.append("From alice@example.com Tue Apr  ").append(i).append(" 10:00:00 2024\n")
                    .append(message.replace("\r\n", "\n")).append('\n');
        }
        return s.toString();
    }

    /** docs/ (a directory entry), docs/readme.txt, notes/readme.txt (same base name) and inner.zip holding two files. */
    public static byte[] zipWithNestedZip() {
        byte[] inner = zip(new String[]{"a.txt", "Inner file A"}, new String[]{"sub/b.txt", "Inner file B"});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("docs/"));
            zip.closeEntry();
            entry(zip, "docs/readme.txt", "Read me first".getBytes(StandardCharsets.UTF_8));
            entry(zip, "notes/readme.txt", "Meeting notes".getBytes(StandardCharsets.UTF_8));
            entry(zip, "inner.zip", inner);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] zip(String[]... nameAndText) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String[] e : nameAndText) {
                entry(zip, e[0], e[1].getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] randomBlob(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    public static Path write(Path dir, String relative, byte[] bytes) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path dir, String relative, String text) {
        return write(dir, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
