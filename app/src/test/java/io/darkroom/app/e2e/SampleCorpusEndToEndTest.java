package io.darkroom.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.darkroom.app.Darkroom;
import io.darkroom.app.cli.Json;
import io.darkroom.sample.SampleTruth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
        assertThat(cli("sample", "--out", corpus.toString(), "--docs", "200", "--seed", "42").exitCode).isZero();
        truth = SampleTruth.read(corpus.resolve(SampleTruth.FILE_NAME));
        Run ingest = cli("ingest", "--home", home.toString(), "--json", "--exclude", SampleTruth.FILE_NAME,
                corpus.toString());
        assertThat(ingest.exitCode).as(ingest.err).isZero();
        ingestSummary = Json.mapper().readTree(ingest.out);
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
    void documentsPerMonthMatchTruth() throws Exception {
        JsonNode answer = ask("how many documents per month");
        assertThat(answer.get("kind").asText()).isEqualTo("trend");
        Map<String, Integer> actual = new TreeMap<>();
        for (JsonNode row : answer.get("table").get("rows")) {
            actual.put(row.get(0).asText(), row.get(1).asInt());
        }
        Map<String, Integer> expected = new TreeMap<>();
        truth.documents().perMonth().forEach((month, n) -> {
            if (n > 0) {
                expected.put(month, n);
            }
        });
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void invoicesIn2024MatchTruth() throws Exception {
        JsonNode answer = ask("how many invoices were there in 2024");
        assertThat(answer.get("kind").asText()).isEqualTo("aggregate");
        int expected = truth.invoices().perYear().get("2024");
        assertThat(answer.get("table").get("rows").get(0).get(0).asInt()).isEqualTo(expected);
        assertThat(answer.get("sentence").asText()).isEqualTo("There are " + expected + " invoices in 2024.");
    }

    @Test
    void documentsByTypeMatchTruth() throws Exception {
        JsonNode answer = ask("how many documents by type");
        Map<String, Integer> actual = new TreeMap<>();
        for (JsonNode row : answer.get("table").get("rows")) {
            actual.put(row.get(0).asText(), row.get(1).asInt());
        }
        Map<String, Integer> expected = new TreeMap<>();
        truth.documents().byType().forEach((type, n) -> {
            if (n > 0) {
                expected.put(type, n);
            }
        });
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void nonsenseGetsAClarificationNotAnError() throws Exception {
        JsonNode answer = ask("what is the meaning of life");
        assertThat(answer.get("kind").asText()).isEqualTo("clarify");
        assertThat(answer.get("followUps")).isNotEmpty();
    }

    private static JsonNode ask(String question) throws Exception {
        Run run = cli("ask", "--home", home.toString(), "--json", question);
        assertThat(run.exitCode).as(run.err).isZero();
        return Json.mapper().readTree(run.out);
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static synchronized Run cli(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Darkroom.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
