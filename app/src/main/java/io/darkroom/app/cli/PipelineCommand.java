package io.darkroom.app.cli;

import io.darkroom.analytics.feed.InsightFeed;
import io.darkroom.analytics.insight.FeedOptions;
import io.darkroom.analytics.insight.Insight;
import io.darkroom.core.catalog.CatalogStore;
import io.darkroom.analytics.EnrichJob;
import io.darkroom.ingest.IngestJob;
import io.darkroom.ingest.IngestRequest;
import io.darkroom.ingest.IngestSummary;
import io.darkroom.ingest.discovery.PathFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code darkroom pipeline SOURCE}: ingest, enrich (facts and catalog), then the insight feed — the one-shot command. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Ingest the sources, enrich them, then run the insight feed: the one command from a file share to"
                + " a warehouse you can ask.")
public final class PipelineCommand implements Callable<Integer> {
    @Mixin
    WarehouseOptions options;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Folders, files, globs or Hadoop URIs.")
    List<String> sources;

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files matching (repeatable).")
    List<String> excludes = List.of();

    @Option(names = "--json", description = "Print both summaries as JSON.")
    boolean json;

    @Option(names = "--no-insights", description = "Stop after enrichment (skip the insight feed).")
    boolean noInsights;

    record Result(IngestSummary ingest, EnrichJob.Summary enrich, List<String> insights) {
    }

    @Override
    public Integer call() {
        try (WarehouseSession session = WarehouseSession.open(options.config(), "darkroom-pipeline", options.verbose)) {
            IngestSummary ingest = new IngestJob().run(session.warehouse(),
                    new IngestRequest(sources, new PathFilter(List.of(), excludes), null, null));
            if (!json) {
                IngestSummaryPrinter.print(ingest, System.out);
            }
            EnrichJob.Summary enrich;
            try (SparkProgressBar bar = SparkProgressBar.start(session.spark(), "enrich", System.err, !json)) {
                enrich = new EnrichJob().run(session.warehouse());
            }
            if (!json) {
                EnrichCommand.print(enrich, System.out);
            }
            List<String> top = List.of();
            if (!noInsights) {
                InsightFeed.Run run;
                try (SparkProgressBar bar = SparkProgressBar.start(session.spark(), "insights", System.err, !json)) {
                    run = new InsightFeed(session.warehouse(), FeedOptions.defaults()).run(new CatalogStore(session.warehouse()).require());
                }
                InsightsCommand.sendAlerts(options.config(), session.warehouse(), run.ranked());
                top = run.ranked().stream().limit(10).map(Insight::sentence).toList();
                if (!json) {
                    System.out.printf("Insights: %d kept in %.1f s; the top ones:%n", run.ranked().size(), run.wallMillis() / 1000.0);
                    InsightsCommand.print(run.ranked().stream().limit(5).toList(), System.out);
                }
            }
            if (json) {
                System.out.println(Json.write(new Result(ingest, enrich, top)));
            }
            return ingest.invariantHolds() ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
        }
    }
}
