package io.darkroom.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.darkroom.app.Darkroom;
import io.darkroom.app.cli.ConsoleCapture;
import io.darkroom.app.cli.Json;
import io.darkroom.sample.SampleTruth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files to answers through the real CLI: generate ~200 sample files, ingest them, ask, and compare
 * every number with the generator's truth.json.
 */
class SampleCorpusEndToEndTest {
    @TempDir
    static Path dir;
    static Path home;
    static SampleTruth truth;
    static JsonNode ingestSummary;

    @BeforeAll
    static void generateAndIngest() throws Exception {
        Path corpus = dir.resolve("corpus");
        home = dir.resolve("home");
        assertThat(cli("sample", "--out", corpus.toString(), "--docs", "200", "--seed", "42").exitCode()).isZero();
        truth = SampleTruth.read(corpus.resolve(SampleTruth.FILE_NAME));
        ConsoleCapture ingest = cli("ingest", "--home", home.toString(), "--json", "--exclude", SampleTruth.FILE_NAME,
                corpus.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        ingestSummary = Json.mapper().readTree(ingest.out());
    }

    @Test
    void ledgerCountsEveryFileWithTheStatusTruthExpects() {
        assertThat(ingestSummary.get("discovered").asInt()).isEqualTo(truth.files().total());
        assertThat(ingestSummary.get("parsed").asInt()).isEqualTo(truth.files().byStatus().get("parsed"));
        assertThat(ingestSummary.get("failed").asInt()).isEqualTo(truth.files().byStatus().get("failed"));
        assertThat(ingestSummary.get("encrypted").asInt()).isEqualTo(truth.files().byStatus().get("encrypted"));
        assertThat(ingestSummary.get("skipped").asInt()).isEqualTo(truth.files().byStatus().get("skipped"));
        assertThat(ingestSummary.get("documents").asInt()).isEqualTo(truth.documents().total());
    }

    @Test
    void theSalesWorkbookSeriesBecomesAFewCombinedDatasets() {
        // The generator writes one workbook per period with three sheets (Summary, By region, By product): the same
        // sheet across the series combines into one dataset instead of one per file.
        int workbooks = truth.files().byExtension().get("xlsx");
        JsonNode datasets = ingestSummary.get("tables").get("datasets");
        assertThat(datasets.size()).isBetween(3, workbooks);
        datasets.forEach(d -> assertThat(d.asText()).startsWith("finance_sales"));
        assertThat(ingestSummary.get("tables").get("problems")).isEmpty();
    }

    @Test
    void documentsPerMonthMatchTruth() throws Exception {
        JsonNode answer = ask("how many documents per month");
        assertThat(answer.get("kind").asText()).isEqualTo("trend");
        assertThat(countsByLabel(answer)).isEqualTo(nonZero(truth.documents().perMonth()));
    }

    @Test
    void invoicesIn2024MatchTruth() throws Exception {
        JsonNode answer = ask("how many invoices were there in 2024");
        assertThat(answer.get("kind").asText()).isEqualTo("aggregate");
        int expected = truth.invoices().perYear().get("2024");
        assertThat(answer.get("table").get("rows").get(0).get(0).asInt()).isEqualTo(expected);
        assertThat(answer.get("sentence").asText()).contains(String.valueOf(expected));
    }

    @Test
    void documentsByTypeMatchTruth() throws Exception {
        JsonNode answer = ask("how many documents by type");
        assertThat(countsByLabel(answer)).isEqualTo(nonZero(truth.documents().byType()));
    }

    @Test
    void nonsenseGetsAClarificationNotAnError() throws Exception {
        JsonNode answer = ask("what is the meaning of life");
        assertThat(answer.get("kind").asText()).isEqualTo("clarify");
        assertThat(answer.get("followUps")).isNotEmpty();
    }

    private static JsonNode ask(String question) throws Exception {
        ConsoleCapture run = cli("ask", "--home", home.toString(), "--json", question);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Json.mapper().readTree(run.out());
    }

    private static ConsoleCapture cli(String... args) {
        return ConsoleCapture.run(() -> Darkroom.run(args));
    }

    /** A two-column answer table (label, count) as a sorted map. */
    private static Map<String, Integer> countsByLabel(JsonNode answer) {
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode row : answer.get("table").get("rows")) {
            counts.put(row.get(0).asText(), row.get(1).asInt());
        }
        return counts;
    }

    /** Truth maps list every key, zero counts included; answers list only what exists. */
    private static Map<String, Integer> nonZero(Map<String, Integer> truth) {
        Map<String, Integer> out = new TreeMap<>();
        truth.forEach((key, n) -> {
            if (n > 0) {
                out.put(key, n);
            }
        });
        return out;
    }
}
