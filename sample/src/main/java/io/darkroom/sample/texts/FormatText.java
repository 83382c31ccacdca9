package io.darkroom.sample.texts;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.extractor.XSLFExtractor;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Plain text of the formats this generator writes, with the libraries it already uses (PDFBox,
 * POI) and crude readers for its own mail, HTML and RTF. Not a parser for foreign files.
 */
final class FormatText {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern RTF_UNICODE = Pattern.compile("\\\\u(\\d+)\\?");
    private static final Pattern RTF_CONTROL = Pattern.compile("\\\\[a-z]+-?\\d* ?");

    private FormatText() {
    }

    /** The mime ingest would detect: by content for PDFs (a PDF saved as .docx is still a PDF). */
    static String mime(String name, byte[] bytes) {
        if (bytes.length > 4 && new String(bytes, 0, 4, StandardCharsets.US_ASCII).equals("%PDF")) {
            return "application/pdf";
        }
        return switch (extension(name)) {
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "pptx" -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
            case "eml" -> "message/rfc822";
            case "mbox" -> "application/mbox";
            case "zip" -> "application/zip";
            case "html", "htm" -> "text/html";
            case "rtf" -> "application/rtf";
            case "txt" -> "text/plain";
            default -> "application/octet-stream";
        };
    }

    static String text(String name, byte[] bytes) {
        try {
            return switch (mime(name, bytes)) {
                case "application/pdf" -> pdf(bytes);
                case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" ->
                        new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(bytes))).getText();
                case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" ->
                        new XSSFExcelExtractor(new XSSFWorkbook(new ByteArrayInputStream(bytes))).getText();
                case "application/vnd.openxmlformats-officedocument.presentationml.presentation" ->
                        new XSLFExtractor(new XMLSlideShow(new ByteArrayInputStream(bytes))).getText();
                case "message/rfc822" -> Mail.body(new String(bytes, StandardCharsets.UTF_8));
                case "application/mbox" -> String.join("\n\n", Mail.mboxBodies(new String(bytes, StandardCharsets.UTF_8)));
                case "application/zip" -> String.join("\n", zipEntryNames(bytes));
                case "text/html" -> html(new String(bytes, StandardCharsets.UTF_8));
                case "application/rtf" -> rtf(new String(bytes, StandardCharsets.US_ASCII));
                default -> new String(bytes, StandardCharsets.UTF_8);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the text of sample file " + name + ": " + e.getMessage(), e);
        }
    }

    /** The bytes of {@code entry} (a path inside the zip, nested zips separated by their own name). */
    static byte[] zipEntry(byte[] zip, String entry) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (entry.equals(e.getName())) {
                    return in.readAllBytes();
                }
                if (!e.isDirectory() && e.getName().endsWith(".zip") && entry.startsWith(e.getName() + "/")) {
                    return zipEntry(in.readAllBytes(), entry.substring(e.getName().length() + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read zip entry " + entry + ": " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("No zip entry " + entry);
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String pdf(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        } catch (InvalidPasswordException e) {
            return "";
        }
    }

    private static List<String> zipEntryNames(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    names.add(e.getName());
                }
            }
        }
        return names;
    }

    private static String html(String html) {
        return TAG.matcher(html).replaceAll("\n").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("\n{2,}", "\n").strip();
    }

    private static String rtf(String rtf) {
        Matcher unicode = RTF_UNICODE.matcher(rtf);
        StringBuilder decoded = new StringBuilder();
        while (unicode.find()) {
            unicode.appendReplacement(decoded, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(unicode.group(1)))));
        }
        unicode.appendTail(decoded);
        String body = decoded.toString().replaceAll("\\{\\\\(fonttbl|info)(\\{[^{}]*\\}|[^{}])*\\}", "")
                .replace("\\par", "\n");
        return RTF_CONTROL.matcher(body).replaceAll("").replace("\\{", "\u0001").replace("\\}", "\u0002")
                .replace("{", "").replace("}", "").replace('\u0001', '{').replace('\u0002', '}')
                .replace("\\\\", "\\").strip();
    }
}
