package io.darkroom.app.cli;

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

    @Override
    public Integer call() {
        long start = System.nanoTime();
        DarkroomConfig config = options.config();
        if (config.home().contains("://")) {
            throw DarkroomException.userInput("Cannot run the demo on '" + config.home()
                    + "': the demo writes its sample files to a local folder; use a local --home");
        }
        Path corpus = Path.of(config.home()).resolve("sample-corpus");
        System.out.println("Darkroom demo — home " + Path.of(config.home()).toAbsolutePath().normalize());
        if (!Files.exists(corpus.resolve("truth.json"))) {
            System.out.printf("1/4 Generating the sample file share (%,d files, seed %d) in %s%n", docs, seed, corpus);
            SampleCorpusRunner.generate(corpus, docs, seed);
        } else {
            System.out.println("1/4 Reusing the sample file share in " + corpus);
        }
        SampleTruth truth = SampleTruth.read(corpus.resolve("truth.json"));
        try (WarehouseSession session = WarehouseSession.open(config, "darkroom-demo", options.verbose)) {
            System.out.println("2/4 Ingesting with Tika on Spark " + config.sparkMaster());
            IngestSummary summary = new IngestJob().run(session.warehouse(),
                    new IngestRequest(List.of(corpus.toString()), SAMPLE_FILES_ONLY, null, null));
            IngestSummaryPrinter.print(summary, System.out);
            Catalog catalog;
            if (noEnrich) {
                System.out.println("3/4 Building facts and the catalog (enrichment skipped)");
                new FactsBuilder(session.warehouse()).rebuild();
                catalog = new CatalogRefresh(session.warehouse()).run();
            } else {
                System.out.println("3/4 Enriching: CoreNLP entities and sentiment, MLlib document features, facts, catalog");
                EnrichJob.Summary enriched = new EnrichJob().run(session.warehouse());
                EnrichCommand.print(enriched, System.out);
                catalog = new CatalogStore(session.warehouse()).require();
            }
            Dataset<Row> facts = session.warehouse().read(FactsTable.TABLE).cache();
            printDocumentsPerType(facts);
            System.out.printf("  catalog v%d: %d tables, %d measures, %d dimensions, %d relations%n", catalog.version(),
                    catalog.tables().size(), catalog.tables().stream().mapToInt(t -> t.measures().size()).sum(),
                    catalog.tables().stream().mapToInt(t -> t.dimensions().size()).sum(), catalog.relations().size());
            System.out.printf("  sample truth: %,d files, %,d documents, %,d invoices%n",
                    truth.files().total(), truth.documents().total(), truth.invoices().total());
            System.out.println("4/4 Asking questions");
            QuestionAnswerer answerer = Answerers.of(session.warehouse());
            for (String question : QUESTIONS) {
                System.out.println();
                System.out.println("Q: " + question);
                AnswerPrinter.print(answerer.ask(question), System.out);
            }
        }
        System.out.printf("%nDemo finished in %.1f s. Ask your own: ./darkroom ask \"how many contracts per year\"%n",
                (System.nanoTime() - start) / 1e9);
        return ExitCodes.OK;
    }

    private static void printDocumentsPerType(Dataset<Row> facts) {
        List<Row> rows = facts.groupBy(col(FactsTable.DOC_TYPE)).agg(count(lit(1)).as("documents"))
                .orderBy(col("documents").desc(), col(FactsTable.DOC_TYPE)).collectAsList();
        List<List<Object>> table = new ArrayList<>();
        for (Row r : rows) {
            table.add(List.of(r.getString(0), r.getLong(1)));
        }
        System.out.println("  documents per type:");
        AnswerPrinter.printTable(new ResultTable(List.of("type", "documents"), table), System.out);
    }
}
