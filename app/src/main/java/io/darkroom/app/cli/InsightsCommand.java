package io.darkroom.app.cli;

import io.darkroom.analytics.feed.InsightFeed;
import io.darkroom.app.alerts.AlertDispatcher;
import io.darkroom.app.alerts.Alerts;
import io.darkroom.analytics.insight.FeedOptions;
import io.darkroom.analytics.insight.Insight;
import io.darkroom.analytics.insight.InsightStore;
import io.darkroom.core.catalog.CatalogStore;
import io.darkroom.core.warehouse.InsightsTable;
import org.apache.spark.sql.Row;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import static org.apache.spark.sql.functions.col;

/** {@code darkroom insights}: run the insight feed over the catalog and print the best findings. */
@Command(name = "insights", mixinStandardHelpOptions = true,
        description = "Find what matters without being asked: anomalies with their root cause, level shifts of"
                + " segments, the latest changes decomposed, key drivers and forecasts with seasonality, over every"
                + " measure of the catalog. Stores them in the insights table and prints the top ones.")
public final class InsightsCommand implements Callable<Integer> {
    @Mixin
    WarehouseOptions options;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N", description = "How many to print. Default: ${DEFAULT-VALUE}")
    int top;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind: anomaly, change, driver or forecast.")
    String kind;

    @Option(names = "--stored", description = "Print the insights of the last run instead of computing them again.")
    boolean stored;

    @Option(names = "--json", description = "Print the insights (with their evidence) as JSON lines.")
    boolean json;

    @Override
    public Integer call() {
        if (kind != null && !List.of("anomaly", "change", "driver", "forecast").contains(kind.toLowerCase(Locale.ROOT))) {
            throw io.darkroom.core.DarkroomException.userInput("Cannot filter insights by kind '" + kind
                    + "': use anomaly, change, driver or forecast");
        }
        try (WarehouseSession session = WarehouseSession.open(options.config(), "darkroom-insights", options.verbose)) {
            if (stored) {
                printStored(new InsightStore(session.warehouse()), System.out);
                return ExitCodes.OK;
            }
            var catalog = new CatalogStore(session.warehouse()).require();
            InsightFeed.Run run;
            try (SparkProgressBar bar = SparkProgressBar.start(session.spark(), "insights", System.err, !json)) {
                run = new InsightFeed(session.warehouse(), FeedOptions.defaults()).run(catalog);
            }
            sendAlerts(options.config(), session.warehouse(), run.ranked());
            List<Insight> shown = run.ranked().stream()
                    .filter(i -> kind == null || i.kind().equalsIgnoreCase(kind)).limit(top).toList();
            if (json) {
                shown.forEach(i -> System.out.println(InsightStore.evidence(i)));
            } else {
                System.out.printf("Insight feed: %d subjects, %d series analysed; found %s; %d kept. Done in %.1f s.%n",
                        run.subjects(), run.series(), run.found(), run.ranked().size(), run.wallMillis() / 1000.0);
                print(shown, System.out);
            }
            return ExitCodes.OK;
        }
    }

    /** Tells the watchers of this home what the run found for them; one status line on stderr when anyone watches. */
    static void sendAlerts(io.darkroom.core.config.DarkroomConfig config, io.darkroom.core.warehouse.Warehouse warehouse, List<Insight> ranked) {
        AlertDispatcher.Report alerts = Alerts.afterFeed(config, warehouse, ranked, io.darkroom.app.settings.Settings.environment());
        if (alerts != null) {
            System.err.printf("Alerts: %d message%s sent with %d finding%s; %d waiting%s%n", alerts.sent(),
                    alerts.sent() == 1 ? "" : "s", alerts.alerts(), alerts.alerts() == 1 ? "" : "s", alerts.pending(),
                    alerts.failures().isEmpty() ? "" : "; failed: " + String.join("; ", alerts.failures()));
        }
    }

    static void print(List<Insight> insights, PrintStream out) {
        int n = 1;
        for (Insight i : insights) {
            printLine(out, n++, i.kind(), i.score().value(), i.sentence());
        }
    }

    /** One ranked insight, the same for fresh and stored ones. */
    private static void printLine(PrintStream out, int rank, String kind, double score, String sentence) {
        out.printf("%2d. [%s, score %.2f] %s%n", rank, kind, score, sentence);
    }

    private void printStored(InsightStore store, PrintStream out) {
        var rows = store.read();
        if (kind != null) {
            rows = rows.where(col(InsightsTable.KIND).equalTo(kind.toLowerCase(Locale.ROOT)));
        }
        for (Row r : rows.orderBy(col(InsightsTable.RANK)).limit(top).collectAsList()) {
            if (json) {
                out.println(r.getAs(InsightsTable.EVIDENCE).toString());
            } else {
                printLine(out, r.getAs(InsightsTable.RANK), r.getAs(InsightsTable.KIND), r.getAs(InsightsTable.SCORE),
                        r.getAs(InsightsTable.SENTENCE));
            }
        }
    }
}
