package io.darkroom.app.cli;

import io.darkroom.analytics.EnrichJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/** {@code darkroom enrich}: entities, sentiment, document features, facts and the catalog for what was ingested. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Annotate what was ingested (CoreNLP entities, amounts, dates, sentiment; MLlib type, topic,"
                + " key phrases, near-duplicates), rebuild the facts table and the catalog. Only new or changed documents"
                + " are annotated.")
public final class EnrichCommand implements Callable<Integer> {
    @Mixin
    WarehouseOptions options;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (WarehouseSession session = WarehouseSession.open(options.config(), "darkroom-enrich", options.verbose)) {
            EnrichJob.Summary summary;
            try (SparkProgressBar bar = SparkProgressBar.start(session.spark(), "enrich", System.err, !json)) {
                summary = new EnrichJob().run(session.warehouse());
            }
            if (json) {
                System.out.println(Json.write(summary));
            } else {
                print(summary, System.out);
            }
            return ExitCodes.OK;
        }
    }

    static void print(EnrichJob.Summary s, PrintStream out) {
        var e = s.enrichment();
        out.printf("Enrichment: %,d documents seen, %,d annotated, %,d skipped (not English or no text); %,d entities,"
                        + " %,d tokens at %,.0f tokens per core-second%n", e.documentsSeen(), e.documentsAnnotated(),
                e.documentsSkipped(), e.entities(), e.tokens(), e.tokensPerCoreSecond());
        e.sentimentAgreement().ifPresent(a -> out.printf("  sentiment model vs CoreNLP on %d held-out sentences:"
                + " accuracy %.2f, kappa %.2f%n", a.n(), a.accuracy(), a.kappa()));
        out.printf("Document features: %,d documents, %,d scored%s%n", s.features().documents(), s.features().scored(),
                s.features().retrained() ? " (models retrained)" : "");
        out.printf("Facts: %,d rows. Catalog v%d: %d tables, %d relations. Done in %.1f s.%n", s.facts(),
                s.catalogVersion(), s.catalogTables(), s.relations(), s.wallMillis() / 1000.0);
    }
}
