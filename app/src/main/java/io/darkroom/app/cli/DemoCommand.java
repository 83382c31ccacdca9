package io.darkroom.app.cli;

import io.darkroom.analytics.feed.InsightFeed;
import io.darkroom.analytics.insight.FeedOptions;
import io.darkroom.core.warehouse.EntitiesTable;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.analytics.EnrichJob;
import io.darkroom.analytics.catalog.CatalogRefresh;
import io.darkroom.core.catalog.CatalogStore;
import io.darkroom.analytics.facts.FactsBuilder;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.config.DarkroomConfig;
import io.darkroom.core.DarkroomException;
import io.darkroom.core.warehouse.FactsTable;
import io.darkroom.ingest.IngestJob;
import io.darkroom.ingest.IngestRequest;
import io.darkroom.ingest.IngestSummary;
import io.darkroom.ingest.discovery.PathFilter;
import io.darkroom.nlq.QuestionAnswerer;
import io.darkroom.nlq.answer.Answer;
import io.darkroom.nlq.answer.ResultTable;
import io.darkroom.sample.SampleTruth;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import io.darkroom.app.server.ServerConfig;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

/** {@code darkroom demo}: sample corpus → ingest → facts → a few answers, on the embedded default. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate the sample file share (if absent), ingest it into the embedded warehouse,"
                + " print what was found and answer a few example questions.")
public final class DemoCommand implements Callable<Integer> {
    static final List<String> QUESTIONS = List.of(
            "how many documents per month",
            "how many invoices were there in 2024",
            "total amount of invoices by year",
            "how many tickets by product",
            "average sentiment of e-mails by quarter",
            "how many documents by type");

    /** truth.json describes the share; it is not part of it. */
    static final PathFilter SAMPLE_FILES_ONLY = new PathFilter(List.of(), List.of(SampleTruth.FILE_NAME));

    @Mixin
    WarehouseOptions options;

    @Option(names = "--docs", defaultValue = "2000", paramLabel = "N", description = "Sample size in files. Default: ${DEFAULT-VALUE}")
    int docs;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Sample seed. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--no-enrich", description = "Skip CoreNLP/MLlib enrichment (faster; questions about amounts, sentiment or fields then have no data).")
    boolean noEnrich;

    @Option(names = "--no-serve", description = "End after the answers instead of serving the web page (for scripts and tests).")
    boolean noServe;

    @Option(names = "--port", defaultValue = "7070", description = "Port of the web page the demo ends with. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--json", description = "Print one JSON summary on stdout (ingest, catalog, insights, answers); the narrative goes to stderr.")
    boolean json;

    /** Where the narrative goes: stdout, or stderr when stdout carries the JSON summary. */
    private PrintStream say = System.out;

    record Summary(String home, IngestSummary ingest, int catalogVersion, int tables, List<String> insights, List<Answer> answers) {
    }

    @Override
    public Integer call() throws InterruptedException {
        long start = System.nanoTime();
        say = json ? System.err : System.out;
        DarkroomConfig config = options.config();
        if (config.home().contains("://")) {
            throw DarkroomException.userInput("Cannot run the demo on '" + config.home()
                    + "': the demo writes its sample files to a local folder; use a local --home");
        }
        Path corpus = Path.of(config.home()).resolve("sample-corpus");
        say.println("Darkroom demo — home " + Path.of(config.home()).toAbsolutePath().normalize());
        if (!Files.exists(corpus.resolve("truth.json"))) {
            say.printf((noEnrich ? "1/4" : "1/5") + " Generating the sample file share (%,d files, seed %d) in %s%n", docs, seed, corpus);
            SampleCorpusRunner.generate(corpus, docs, seed);
        } else {
            say.println((noEnrich ? "1/4" : "1/5") + " Reusing the sample file share in " + corpus);
        }
        SampleTruth truth = SampleTruth.read(corpus.resolve("truth.json"));
        try (WarehouseSession session = WarehouseSession.open(config, "darkroom-demo", options.verbose)) {
            say.println((noEnrich ? "2/4" : "2/5") + " Ingesting with Tika on Spark " + config.sparkMaster());
            IngestSummary summary = new IngestJob().run(session.warehouse(),
                    new IngestRequest(List.of(corpus.toString()), SAMPLE_FILES_ONLY, null, null));
            IngestSummaryPrinter.print(summary, say);
            Catalog catalog;
            if (noEnrich) {
                say.println("3/4 Building facts and the catalog (enrichment skipped)");
                new FactsBuilder(session.warehouse()).rebuild();
                catalog = new CatalogRefresh(session.warehouse()).run();
            } else {
                say.println("3/5 Enriching: CoreNLP entities and sentiment, MLlib document features, facts, catalog");
                EnrichJob.Summary enriched = new EnrichJob().run(session.warehouse());
                EnrichCommand.print(enriched, say);
                catalog = new CatalogStore(session.warehouse()).require();
            }
            Dataset<Row> facts = session.warehouse().read(FactsTable.TABLE).cache();
            printDocumentsPerType(facts);
            say.printf("  catalog v%d: %d tables, %d measures, %d dimensions, %d relations%n", catalog.version(),
                    catalog.tables().size(), catalog.tables().stream().mapToInt(t -> t.measures().size()).sum(),
                    catalog.tables().stream().mapToInt(t -> t.dimensions().size()).sum(), catalog.relations().size());
            say.printf("  sample truth: %,d files, %,d documents, %,d invoices%n",
                    truth.files().total(), truth.documents().total(), truth.invoices().total());
            List<String> insights = List.of();
            if (!noEnrich) {
                printTopEntitiesAndTopics(session.warehouse(), facts);
                say.println("4/5 Finding insights (anomalies, changes, drivers, forecasts)");
                InsightFeed.Run run = new InsightFeed(session.warehouse(), FeedOptions.defaults()).run(catalog);
                insights = run.ranked().stream().limit(5).map(io.darkroom.analytics.insight.Insight::sentence).toList();
                say.printf("  %d subjects, %d series analysed, %d insights kept in %.1f s; the top five:%n",
                        run.subjects(), run.series(), run.ranked().size(), run.wallMillis() / 1000.0);
                InsightsCommand.print(run.ranked().stream().limit(5).toList(), say);
            }
            say.println((noEnrich ? "4/4" : "5/5") + " Asking questions");
            QuestionAnswerer answerer = Answerers.of(session.warehouse());
            List<Answer> answers = new ArrayList<>();
            for (String question : QUESTIONS) {
                say.println();
                say.println("Q: " + question);
                Answer answer = answerer.ask(question);
                answers.add(answer);
                AnswerPrinter.print(answer, say);
            }
            say.printf("%nDemo finished in %.1f s. Ask your own: ./darkroom ask \"how many contracts per year\"%n",
                    (System.nanoTime() - start) / 1e9);
            if (json) {
                System.out.println(Json.write(new Summary(Path.of(config.home()).toAbsolutePath().normalize().toString(), summary,
                        catalog.version(), catalog.tables().size(), insights, answers)));
            }
            if (!noServe) {
                // The sample is local and the server listens on loopback only, so the page needs no API key here.
                Path home = Path.of(config.home()).toAbsolutePath().normalize();
                ServerConfig server = new ServerConfig("127.0.0.1", port, null, ServerConfig.DEFAULT_MAX_JSON_BYTES,
                        ServerConfig.DEFAULT_MAX_UPLOAD_BYTES, ServerConfig.DEFAULT_TIMEOUT, ServerConfig.DEFAULT_SPARK_SLOTS,
                        List.of(corpus.toAbsolutePath().normalize()));
                say.println("Open the web page to ask your own questions (--no-serve skips this):");
                ServeCommand.serveUntilStopped(session, server, home);
            }
        }
        return ExitCodes.OK;
    }

    /** What enrichment found, at a glance: the most mentioned organisations and people, and the topics. */
    private void printTopEntitiesAndTopics(Warehouse warehouse, Dataset<Row> facts) {
        if (warehouse.exists(EntitiesTable.TABLE)) {
            Dataset<Row> entities = warehouse.read(EntitiesTable.TABLE);
            for (String type : List.of("ORGANIZATION", "PERSON")) {
                List<Row> top = entities.where(col(EntitiesTable.TYPE).equalTo(type))
                        .groupBy(col(EntitiesTable.CANONICAL)).agg(count(lit(1)).as("mentions"))
                        .orderBy(col("mentions").desc(), col(EntitiesTable.CANONICAL)).limit(5).collectAsList();
                say.println("  top " + type.toLowerCase(java.util.Locale.ROOT) + "s: " + top.stream()
                        .map(r -> r.getString(0) + " (" + r.getLong(1) + ")").collect(java.util.stream.Collectors.joining(", ")));
            }
        }
        List<Row> topics = facts.where(col(FactsTable.TOPIC).isNotNull()).groupBy(col(FactsTable.TOPIC))
                .agg(count(lit(1)).as("documents")).orderBy(col("documents").desc()).collectAsList();
        say.println("  topics: " + topics.stream().map(r -> r.getString(0) + " (" + r.getLong(1) + ")")
                .collect(java.util.stream.Collectors.joining("; ")));
    }

    private void printDocumentsPerType(Dataset<Row> facts) {
        List<Row> rows = facts.groupBy(col(FactsTable.DOC_TYPE)).agg(count(lit(1)).as("documents"))
                .orderBy(col("documents").desc(), col(FactsTable.DOC_TYPE)).collectAsList();
        List<List<Object>> table = new ArrayList<>();
        for (Row r : rows) {
            table.add(List.of(r.getString(0), r.getLong(1)));
        }
        say.println("  documents per type:");
        AnswerPrinter.printTable(new ResultTable(List.of("type", "documents"), table), say);
    }
}
