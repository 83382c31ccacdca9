package io.darkroom.sample;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Spot checks that each kind of file reads back as the contract expects (ingest checks it with Tika). */
class GeneratedDocumentsTest {
    @TempDir
    static Path corpus;

    @BeforeAll
    static void generate() {
        SampleCorpus.generate(corpus, 200, 42);
    }

    @Test
    void invoicePdfStartsWithInvoiceAndIsCreatedOnItsFileDate() throws IOException {
        Path invoice = first("finance/invoices", ".pdf");
        try (PDDocument pdf = Loader.loadPDF(invoice.toFile())) {
            String text = new PDFTextStripper().getText(pdf).strip();
            assertThat(text).startsWith("INVOICE").contains("Total due: EUR ").contains("Due date: ");
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Invoice INV-");
            Calendar created = pdf.getDocumentInformation().getCreationDate();
            assertThat(created.toInstant()).isEqualTo(Files.getLastModifiedTime(invoice).toInstant());
        }
    }

    @Test
    void ticketDocxStartsWithItsHeading() throws IOException {
        try (InputStream in = Files.newInputStream(first("support/tickets", ".docx"));
             XWPFDocument docx = new XWPFDocument(in)) {
            assertThat(docx.getParagraphs().get(0).getText()).matches("SUPPORT TICKET TCK-\\d{5}");
            assertThat(docx.getProperties().getCoreProperties().getCreated()).isNotNull();
        }
    }

    @Test
    void emlHasOneTextPartFirstThenBase64AttachmentsWithCrlf() throws IOException {
        Path withAttachment = null;
        for (Path eml : all("mail", ".eml")) {
            if (Files.readString(eml).contains("Content-Disposition: attachment")) {
                withAttachment = eml;
                break;
            }
        }
        assertThat(withAttachment).as("an e-mail with an attachment").isNotNull();
        String text = Files.readString(withAttachment, StandardCharsets.UTF_8);
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(text).contains("Content-Type: multipart/mixed;");
        String[] parts = text.split("\r\n--=_darkroom_[0-9a-f]+");
        assertThat(parts[1]).contains("Content-Type: text/plain; charset=UTF-8");
        assertThat(text.split("Content-Type: text/plain", -1)).hasSize(2);
        assertThat(parts[2]).contains("Content-Disposition: attachment; filename=\"")
                .contains("Content-Transfer-Encoding: base64");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(200));
        assertThat(parts[2].substring(parts[2].indexOf("\r\n\r\n")).strip().lines())
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(76));
    }

    @Test
    void mailboxUsesMboxrdSeparatorsAndEscaping() throws IOException {
        String mbox = Files.readString(corpus.resolve("mail/archive.mbox"));
        long separators = mbox.lines().filter(l -> l.startsWith("From ")).count();
        assertThat(separators).isGreaterThanOrEqualTo(5);
        assertThat(mbox).contains("\n>From next week on");
    }

    @Test
    void meetingNotesStartWithTheirHeadingInEveryFormat() throws IOException {
        String html = Files.readString(first("meetings", ".html"));
        assertThat(html).containsPattern("<title>MEETING NOTES - [^<]+</title>").contains("<body>\n<h1>MEETING NOTES");
        assertThat(Files.readString(first("meetings", ".txt"))).startsWith("MEETING NOTES - ");
        Path rtf = first("meetings", ".rtf");
        LocalDateTime noon = LocalDateTime.ofInstant(Files.getLastModifiedTime(rtf).toInstant(), ZoneOffset.UTC);
        assertThat(Files.readString(rtf)).startsWith("{\\rtf1").contains("{\\creatim\\yr" + noon.getYear() + "\\mo"
                + noon.getMonthValue() + "\\dy" + noon.getDayOfMonth() + "\\hr12\\min0}");
    }

    @Test
    void archiveNestsAZipAndStampsEveryEntryWithItsDate() throws IOException {
        Path zip = corpus.resolve("archive/projects-2024.zip");
        LocalDateTime noon = LocalDateTime.ofInstant(Files.getLastModifiedTime(zip).toInstant(), ZoneOffset.UTC);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                assertThat(entry.getTimeLocal()).isEqualTo(noon);
                if (entry.getName().endsWith(".zip")) {
                    ZipInputStream inner = new ZipInputStream(in);
                    assertThat(inner.getNextEntry().getTimeLocal()).isEqualTo(noon);
                }
            }
        }
        assertThat(names).contains("projects/beta-sensor-rollout/old-drafts.zip",
                "projects/beta-sensor-rollout/requirements.docx");
    }

    @Test
    void workbookHasThreeSheetsAndDeckHasNoThumbnail() throws IOException {
        try (InputStream in = Files.newInputStream(first("finance/sales", ".xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("Summary", "By region", "By product");
        }
        Path pptx = first("presentations", ".pptx");
        try (InputStream in = Files.newInputStream(pptx); XMLSlideShow deck = new XMLSlideShow(in)) {
            assertThat(deck.getSlides()).hasSizeGreaterThan(1);
            assertThat(deck.getPictureData()).isEmpty();
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(pptx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertThat(entry.getName()).doesNotContain("thumbnail");
            }
        }
    }

    private static Path first(String folder, String suffix) throws IOException {
        return all(folder, suffix).get(0);
    }

    private static List<Path> all(String folder, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(corpus.resolve(folder))) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
