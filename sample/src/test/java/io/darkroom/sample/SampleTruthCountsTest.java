package io.darkroom.sample;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** truth.json must agree with an independent re-scan of the files that were written. */
class SampleTruthCountsTest {
    @TempDir
    static Path corpus;
    static SampleTruth truth;
    static List<Path> files;

    @BeforeAll
    static void generate() throws IOException {
        truth = SampleCorpus.generate(corpus, 200, 42);
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(SampleTruth.FILE_NAME)).sorted().toList();
        }
    }

    @Test
    void filesPerExtensionMatchTheFolder() {
        Map<String, Integer> scanned = new TreeMap<>(files.stream().collect(Collectors.groupingBy(
                p -> extension(p), Collectors.summingInt(p -> 1))));
        assertThat(truth.files().byExtension()).isEqualTo(scanned);
        assertThat(truth.files().total()).isEqualTo(files.size()).isEqualTo(200);
        assertThat(truth.files().byStatus().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(truth.files().total());
    }

    @Test
    void documentCountsAddUp() {
        SampleTruth.DocumentCounts documents = truth.documents();
        assertThat(documents.topLevel() + documents.embedded()).isEqualTo(documents.total());
        assertThat(sum(documents.perMonth())).isEqualTo(documents.total());
        assertThat(sum(documents.perYear())).isEqualTo(documents.total());
        assertThat(sum(documents.byType())).isEqualTo(documents.total());
        assertThat(documents.perMonth()).hasSize(36);
        assertThat(documents.topLevel()).isEqualTo(truth.files().byStatus().get("parsed")
                + truth.files().byStatus().get("encrypted"));
    }

    @Test
    void everyTypeOfTheContractOccurs() {
        assertThat(truth.documents().byType()).containsOnlyKeys("email", "mailbox", "archive", "spreadsheet",
                "presentation", "invoice", "contract", "ticket", "meeting_notes", "other");
        assertThat(truth.documents().byType().values()).allMatch(n -> n > 0);
    }

    @Test
    void invoiceCountsMatchTheInvoicePdfs() {
        SampleTruth.InvoiceCounts invoices = truth.invoices();
        List<Path> pdfs = files.stream().filter(p -> corpus.relativize(p).toString().startsWith("finance/invoices/"))
                .toList();
        assertThat(invoices.total()).isEqualTo(pdfs.size()).isEqualTo(truth.documents().byType().get("invoice"));
        assertThat(sum(invoices.perMonth())).isEqualTo(invoices.total());
        assertThat(sum(invoices.perYear())).isEqualTo(invoices.total());
        assertThat(invoices.amountPerMonth().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(invoices.amountTotal());
        Map<String, Integer> byMtimeMonth = new TreeMap<>();
        for (Path pdf : pdfs) {
            byMtimeMonth.merge(month(pdf), 1, Integer::sum);
        }
        invoices.perMonth().forEach((month, count) ->
                assertThat(byMtimeMonth.getOrDefault(month, 0)).as(month).isEqualTo(count));
    }

    @Test
    void everyFileIsDatedInsideThePeriod() {
        assertThat(files).allSatisfy(file -> assertThat(month(file)).isBetween("2023-01", "2025-12"));
    }

    private static String month(Path file) {
        try {
            return YearMonth.from(Files.getLastModifiedTime(file).toInstant().atZone(ZoneOffset.UTC)).toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
