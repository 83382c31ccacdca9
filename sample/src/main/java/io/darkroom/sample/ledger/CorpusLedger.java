package io.darkroom.sample.ledger;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the corpus files and remembers, for each, its ledger status and the document rows it must
 * yield. truth.json is computed from this record only, so its counts cannot drift from the files.
 */
public final class CorpusLedger {
    private final Path root;
    private final List<WrittenFile> files = new ArrayList<>();
    private final List<ExpectedDocument> documents = new ArrayList<>();
    private final List<InvoiceEntry> invoices = new ArrayList<>();

    public CorpusLedger(Path root) {
        this.root = root;
    }

    /** Writes a file whose mtime is noon UTC of {@code date}, with no document rows yet. */
    public void writeFile(String path, byte[] bytes, LocalDate date, FileStatus status) {
        Path target = root.resolve(path);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
            Files.setLastModifiedTime(target, noonUtc(date));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write sample file " + target + ": " + e.getMessage(), e);
        }
        files.add(new WrittenFile(path, status));
    }

    /** Writes a parsable file that is one document of the given type dated {@code date}. */
    public void writeDocument(String path, byte[] bytes, LocalDate date, DocType type) {
        writeFile(path, bytes, date, FileStatus.PARSED);
        addDocument(path, "", date, type);
    }

    public void addDocument(String path, String embeddedPath, LocalDate date, DocType type) {
        documents.add(new ExpectedDocument(path, embeddedPath, date, type));
    }

    /** Records that a standalone, parsable invoice PDF with this gross total was written. */
    public void addInvoice(String path, LocalDate date, BigDecimal total) {
        invoices.add(new InvoiceEntry(path, date, total));
    }

    public List<InvoiceEntry> invoices() {
        return List.copyOf(invoices);
    }

    public List<WrittenFile> files() {
        return List.copyOf(files);
    }

    public List<ExpectedDocument> documents() {
        return List.copyOf(documents);
    }

    public static FileTime noonUtc(LocalDate date) {
        return FileTime.from(date.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }
}
