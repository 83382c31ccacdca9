package io.darkroom.app.e2e;

import io.darkroom.analytics.feed.AnalyticsInsights;
import io.darkroom.analytics.feed.InsightFeed;
import io.darkroom.analytics.insight.AnomalyInsight;
import io.darkroom.analytics.insight.Contribution;
import io.darkroom.analytics.insight.FeedOptions;
import io.darkroom.analytics.insight.ForecastInsight;
import io.darkroom.analytics.insight.Insight;
import io.darkroom.analytics.insight.Segment;
import io.darkroom.app.Darkroom;
import io.darkroom.app.cli.ConsoleCapture;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogStore;
import io.darkroom.core.config.DarkroomConfig;
import io.darkroom.core.insights.AnomaliesResult;
import io.darkroom.core.insights.ForecastResult;
import io.darkroom.core.insights.InsightQuery;
import io.darkroom.core.insights.WhyResult;
import io.darkroom.core.spark.SparkSessions;
import io.darkroom.core.warehouse.FactsTable;
import io.darkroom.core.warehouse.InsightsTable;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.core.warehouse.WarehouseTable;
import io.darkroom.sample.SampleTruth;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The insights issue's planted-truth benchmark: generate the full 2,000-file sample share, run the
 * real pipeline (ingest, CoreNLP enrichment, facts, catalog, insight feed) and check that every
 * pattern the generator planted in truth.json is found — in the top 3 of the analysis that should
 * find it, and in the top 10 of the feed. Minutes, not seconds: it is the product working end to end.
 */
class PlantedPatternsEndToEndTest {
    private static final int FEED_TOP = 10;
    private static final int ANALYSIS_TOP = 3;

    @TempDir
    static Path dir;
    static SampleTruth.Patterns planted;
    static List<Insight> feed;
    static AnalyticsInsights insights;

    @BeforeAll
    static void runThePipelineOnTheSampleShare() {
        Path corpus = dir.resolve("corpus");
        Path home = dir.resolve("home");
        assertThat(cli("sample", "--out", corpus.toString(), "--docs", "2000", "--seed", "42").exitCode()).isZero();
        planted = SampleTruth.read(corpus.resolve(SampleTruth.FILE_NAME)).patterns();
        ConsoleCapture pipeline = cli("pipeline", "--home", home.toString(), "--no-insights", "--exclude",
                SampleTruth.FILE_NAME, corpus.toString());
        assertThat(pipeline.exitCode()).as(pipeline.err()).isZero();
        SparkSession spark = SparkSessions.create(new DarkroomConfig(home.toString(), "local[2]"), "planted-patterns");
        Warehouse warehouse = new Warehouse(spark, new DarkroomConfig(home.toString(), "local[2]"));
        Catalog catalog = new CatalogStore(warehouse).require();
        feed = new InsightFeed(warehouse, FeedOptions.defaults()).run(catalog).ranked();
        assertThat(warehouse.read(InsightsTable.TABLE).count()).isEqualTo(feed.size());
        insights = new AnalyticsInsights(catalog, t -> warehouse.read(new WarehouseTable(t, new StructType())).cache());
        feed.stream().limit(FEED_TOP).forEach(i -> System.out.println("feed: " + i.sentence()));
    }

    @Test
    void theComplaintSpikeAndItsProductAreInTheTopTenOfTheFeed() {
        assertThat(feed.stream().limit(FEED_TOP)).anySatisfy(i -> assertThat(isComplaintSpike().test(i)).isTrue());
    }

    @Test
    void theComplaintSpikeIsTheTopTicketAnomalyAndItsProductTheTopCause() {
        AnomaliesResult r = insights.anomalies(query("documents", List.of(ticket()), "month", 0));
        assertThat(r.anomalies()).isNotEmpty();
        assertThat(r.anomalies().subList(0, Math.min(ANALYSIS_TOP, r.anomalies().size())))
                .anySatisfy(a -> {
                    assertThat(a.period()).isEqualTo(planted.complaintSpike().month());
                    assertThat(a.rootCause()).contains(planted.complaintSpike().product());
                });
    }

    @Test
    void theCollapsingCustomerIsInTheTopTenOfTheFeed() {
        assertThat(feed.stream().limit(FEED_TOP)).anySatisfy(i -> assertThat(isCustomerCollapse().test(i)).isTrue());
    }

    @Test
    void theCollapsingCustomerIsATopThreeCauseOfTheInvoiceDrop() {
        YearMonth collapse = YearMonth.parse(planted.customerCollapse().month());
        InsightQuery q = new InsightQuery("documents", FactsTable.TABLE.name(), FactsTable.BEST_DATE,
                List.of(new InsightQuery.Filter(FactsTable.DOC_TYPE, "invoice", false)),
                collapse.atDay(1), collapse.plusMonths(6).atDay(1), collapse.minusMonths(6).atDay(1), collapse.atDay(1), null, 0);
        WhyResult r = insights.why(q);
        assertThat(r.contributions().subList(0, Math.min(ANALYSIS_TOP, r.contributions().size())))
                .anySatisfy(c -> assertThat(c.value()).contains(planted.customerCollapse().customer()));
    }

    @Test
    void theSentimentDropAndItsTopicAreInTheTopTenOfTheFeed() {
        assertThat(feed.stream().limit(FEED_TOP)).anySatisfy(i -> assertThat(isSentimentDrop().test(i)).isTrue());
    }

    @Test
    void theSentimentDropOfEmailsIsATopThreeAnomalyWithItsTopicAsCause() {
        AnomaliesResult r = insights.anomalies(query("average_sentiment",
                List.of(new InsightQuery.Filter(FactsTable.DOC_TYPE, "email", false)), "month", 0));
        assertThat(r.anomalies().subList(0, Math.min(ANALYSIS_TOP, r.anomalies().size())))
                .anySatisfy(a -> {
                    assertThat(inDrop(a.period())).isTrue();
                    assertThat(a.rootCause()).containsIgnoringCase("deliver");
                });
    }

    @Test
    void theInvoiceSeasonalityIsInTheTopTenOfTheFeed() {
        assertThat(feed.stream().limit(FEED_TOP)).anySatisfy(i -> assertThat(isInvoiceSeason().test(i)).isTrue());
    }

    @Test
    void theInvoiceForecastFindsAYearlySeasonPeakingInThePlantedMonths() {
        ForecastResult r = insights.forecast(query("documents", List.of(invoice()), "month", 12));
        assertThat(r.points()).hasSize(12);
        for (int month : planted.invoiceSeasonality().peakMonths()) {
            assertThat(r.sentence()).contains(monthName(month));
        }
        assertThat(r.sentence()).contains("yearly pattern");
    }

    private Predicate<Insight> isComplaintSpike() {
        return i -> i instanceof AnomalyInsight a && !a.levelShift() && a.period().equals(planted.complaintSpike().month())
                && mentions(a, "field_product", planted.complaintSpike().product());
    }

    private Predicate<Insight> isCustomerCollapse() {
        YearMonth month = YearMonth.parse(planted.customerCollapse().month());
        return i -> i instanceof AnomalyInsight a && a.observed() < a.expected()
                && Math.abs(YearMonth.parse(a.period()).until(month, java.time.temporal.ChronoUnit.MONTHS)) <= 1
                && mentions(a, "field_customer", planted.customerCollapse().customer());
    }

    private Predicate<Insight> isSentimentDrop() {
        return i -> i instanceof AnomalyInsight a && a.subject().measure().name().equals("average_sentiment")
                && a.observed() < a.expected() && inDrop(a.period())
                && java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(a.series()),
                        a.rootCause().stream().map(Contribution::segment))
                .anyMatch(s -> s.conditions().stream().anyMatch(x -> x.dimension().equals("topic") && x.value() != null
                        && x.value().toLowerCase(Locale.ROOT).contains("deliver")));
    }

    private Predicate<Insight> isInvoiceSeason() {
        return i -> i instanceof ForecastInsight f && f.seasonalPeriod() == 12
                && f.subject().scope().contains(new Segment.Condition(FactsTable.DOC_TYPE, "invoice"))
                && planted.invoiceSeasonality().peakMonths().stream().allMatch(m -> f.peaks().contains(monthName(m)));
    }

    /** The anomaly's own series segment or one of its root causes is dimension = value. */
    private static boolean mentions(AnomalyInsight a, String dimension, String value) {
        Segment.Condition wanted = new Segment.Condition(dimension, value);
        return (a.series() != null && a.series().conditions().contains(wanted))
                || a.rootCause().stream().map(Contribution::segment).anyMatch(s -> s.conditions().contains(wanted));
    }

    private boolean inDrop(String period) {
        YearMonth p = YearMonth.parse(period);
        return !p.isBefore(YearMonth.parse(planted.sentimentDrop().fromMonth()))
                && !p.isAfter(YearMonth.parse(planted.sentimentDrop().toMonth()));
    }

    private static InsightQuery.Filter ticket() {
        return new InsightQuery.Filter(FactsTable.DOC_TYPE, "ticket", false);
    }

    private static InsightQuery.Filter invoice() {
        return new InsightQuery.Filter(FactsTable.DOC_TYPE, "invoice", false);
    }

    private static InsightQuery query(String measure, List<InsightQuery.Filter> filters, String grain, int horizon) {
        return new InsightQuery(measure, FactsTable.TABLE.name(), FactsTable.BEST_DATE, filters, null, null, null, null, grain, horizon);
    }

    private static String monthName(int month) {
        return java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static ConsoleCapture cli(String... args) {
        return ConsoleCapture.run(() -> Darkroom.run(args));
    }
}
