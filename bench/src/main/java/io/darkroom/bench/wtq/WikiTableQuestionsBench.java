package io.darkroom.bench.wtq;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.darkroom.analytics.catalog.CatalogBuilder;
import io.darkroom.analytics.catalog.TableSource;
import io.darkroom.analytics.catalog.WarehouseTableSources;
import io.darkroom.analytics.feed.AnalyticsInsights;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogStore;
import io.darkroom.core.catalog.CatalogTable;
import io.darkroom.core.config.DarkroomConfig;
import io.darkroom.core.spark.SparkSessions;
import io.darkroom.core.warehouse.DatasetRegistryTable;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.ingest.imports.ImportSummary;
import io.darkroom.ingest.imports.StructuredImport;
import io.darkroom.nlq.QuestionAnswerer;
import io.darkroom.nlq.analyze.CoreNlpTokens;
import io.darkroom.nlq.answer.Answer;
import io.darkroom.nlq.exec.TableReader;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * WikiTableQuestions (dev subset) through Darkroom's production path: every table imported with
 * {@code darkroom import}'s StructuredImport, profiled into the catalog by CatalogBuilder (the builder CatalogRefresh runs), and each
 * question asked of a QuestionAnswerer whose catalog holds only the question's own table. Answers are
 * scored with the official evaluator's value rules ({@link WtqValue}).
 *
 * <p>Args: data folder (holding questions.tsv and csv/), work folder (the warehouse; reused when it
 * already holds the tables), JSON output; options {@code --limit N}, {@code --master local[2]}.
 */
public final class WikiTableQuestionsBench {
    private WikiTableQuestionsBench() {
    }

    /** One question's outcome. */
    public record Outcome(String id, String question, String table, List<String> gold, String kind, List<String> answer,
                          String verdict, String need, String interpretation, String sentence, double seconds) {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Path json = Path.of(args[2]);
        List<String> options = Arrays.asList(args).subList(3, args.length);
        int limit = Integer.parseInt(option(options, "--limit", "100000"));
        String master = option(options, "--master", "local[2]");
        List<WtqQuestion> questions = WtqQuestion.read(data.resolve("questions.tsv"));
        questions = questions.subList(0, Math.min(limit, questions.size()));

        long start = System.nanoTime();
        SparkSession spark = SparkSessions.create(new DarkroomConfig(work.toString(), master), "wtq-bench");
        spark.sparkContext().setLogLevel("ERROR");
        try {
            Warehouse warehouse = new Warehouse(spark, new DarkroomConfig(work.toString(), master));
            double importSeconds = importTables(warehouse, data, work, questions);
            long catalogStart = System.nanoTime();
            Catalog catalog = storedCatalog(warehouse, importSeconds > 0);
            double catalogSeconds = (System.nanoTime() - catalogStart) / 1e9;
            Map<String, CatalogTable> byDataset = new TreeMap<>();
            for (CatalogTable t : catalog.tables()) {
                byDataset.put(t.name().substring(t.name().lastIndexOf('/') + 1), t);
            }
            TableReader tables = TableReader.of(warehouse);
            CoreNlpTokens tokens = new CoreNlpTokens();
            Map<String, QuestionAnswerer> answerers = new LinkedHashMap<>();
            List<Outcome> outcomes = new ArrayList<>();
            long askStart = System.nanoTime();
            for (WtqQuestion q : questions) {
                CatalogTable table = byDataset.get(q.datasetName());
                if (table == null) {
                    outcomes.add(new Outcome(q.id(), q.utterance(), q.datasetName(), q.gold(), "not_imported", List.of(),
                            "wrong", QuestionNeed.of(q.utterance()).name(), "", "table not imported", 0));
                    continue;
                }
                QuestionAnswerer answerer = answerers.computeIfAbsent(q.datasetName(), n -> {
                    // Each question is asked of its own table: a catalog holding only that table.
                    Catalog own = new Catalog(catalog.version(), catalog.builtAt(), List.of(table), List.of(), catalog.synonyms());
                    return new QuestionAnswerer(own, tables, tokens, new AnalyticsInsights(own, tables::read), null, Clock.systemUTC());
                });
                long t0 = System.nanoTime();
                Answer answer = answerer.ask(q.utterance());
                double seconds = (System.nanoTime() - t0) / 1e9;
                List<Object> values = AnswerValues.of(answer);
                String verdict = answer.isClarification() ? "clarified"
                        : WtqValue.sameAnswer(WtqValue.all(values), WtqValue.all(q.gold())) ? "correct" : "wrong";
                outcomes.add(new Outcome(q.id(), q.utterance(), q.datasetName(), q.gold(), answer.kind(),
                        values.stream().map(String::valueOf).toList(), verdict, QuestionNeed.of(q.utterance()).name(),
                        answer.interpretation(), answer.sentence(), seconds));
                if (outcomes.size() % 50 == 0) {
                    // A long run on shared cores leaves its results so far behind it.
                    write(json, outcomes, answerers.size(), importSeconds, catalogSeconds, askStart, start, false);
                }
            }
            write(json, outcomes, answerers.size(), importSeconds, catalogSeconds, askStart, start, true);
            System.out.printf("WikiTableQuestions: %d questions, %d correct, %d clarified, %d wrong%n", outcomes.size(),
                    count(outcomes, "correct"), count(outcomes, "clarified"), count(outcomes, "wrong"));
        } finally {
            spark.stop();
        }
    }

    /**
     * Imports the question tables missing from the warehouse as {@code darkroom import FOLDER} does: each TSV linked
     * under the work folder with its dataset name, then one import of that folder.
     */
    private static double importTables(Warehouse warehouse, Path data, Path work, List<WtqQuestion> questions) throws IOException {
        Set<String> have = new LinkedHashSet<>();
        if (warehouse.exists(DatasetRegistryTable.TABLE)) {
            have.addAll(warehouse.read(DatasetRegistryTable.TABLE).select(DatasetRegistryTable.DATASET)
                    .as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
        }
        Path folder = work.resolve("tables");
        if (Files.exists(folder.resolve(".imported"))) {
            return 0; // tables the import skipped stay missing; do not import everything again for them
        }
        Files.createDirectories(folder);
        boolean any = false;
        for (WtqQuestion q : questions) {
            Path link = folder.resolve(q.datasetName() + ".tsv");
            if (!have.contains(q.datasetName()) && !Files.exists(link)) {
                Files.createSymbolicLink(link, q.tsv(data).toAbsolutePath());
                any = true;
            }
        }
        if (!any) {
            return 0;
        }
        long t0 = System.nanoTime();
        ImportSummary summary = new StructuredImport(warehouse).importPath(folder.toString(), null, "wtq-bench");
        summary.problems().forEach(p -> System.out.println("not imported: " + p));
        Files.writeString(folder.resolve(".imported"), String.join("\n", summary.datasets()));
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * One catalog per table, each built by the production CatalogBuilder from that table alone (as a warehouse holding
     * only it would get; relation discovery across 80 unrelated tables would only cost time and drop key-like measures),
     * saved together so that a rerun after an answering change reuses it ({@code -Dwtq.refreshCatalog=true} rebuilds).
     */
    private static Catalog storedCatalog(Warehouse warehouse, boolean imported) {
        CatalogStore store = new CatalogStore(warehouse);
        List<TableSource> sources = WarehouseTableSources.of(warehouse);
        if (!imported && !Boolean.getBoolean("wtq.refreshCatalog")) {
            Optional<Catalog> stored = store.latest();
            if (stored.isPresent() && stored.get().tables().size() == sources.size()) {
                return stored.get();
            }
        }
        CatalogBuilder builder = new CatalogBuilder();
        List<CatalogTable> tables = new ArrayList<>();
        for (TableSource source : sources) {
            tables.addAll(builder.build(List.of(source), Map.of()).tables());
        }
        return store.save(new Catalog(0, Instant.now(), tables, List.of(), Map.of()));
    }

    private static void write(Path json, List<Outcome> outcomes, int tables, double importSeconds, double catalogSeconds,
                              long askStart, long start, boolean complete) throws IOException {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("complete", complete);
        result.put("questions", outcomes.size());
        result.put("tables", tables);
        result.put("importSeconds", importSeconds);
        result.put("catalogSeconds", catalogSeconds);
        result.put("askSeconds", (System.nanoTime() - askStart) / 1e9);
        result.put("totalSeconds", (System.nanoTime() - start) / 1e9);
        result.put("outcomes", outcomes);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), result);
    }

    private static long count(List<Outcome> outcomes, String verdict) {
        return outcomes.stream().filter(o -> o.verdict().equals(verdict)).count();
    }

    private static String option(List<String> options, String name, String fallback) {
        int i = options.indexOf(name);
        return i >= 0 && i + 1 < options.size() ? options.get(i + 1) : fallback;
    }
}
