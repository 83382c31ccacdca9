package io.darkroom.analytics.insight;

import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.Measure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InsightNarratorTest {
    private static final Measure DOCUMENTS = new Measure("documents", "documents", "facts", Aggregation.COUNT, null, null, null, List.of());
    private static final Measure AMOUNT = new Measure("total_amount", "total amount", "facts", Aggregation.SUM, "amount", null, "EUR", List.of());
    private static final Measure SENTIMENT = new Measure("average_sentiment", "average sentiment", "facts", Aggregation.AVERAGE, "sentiment", null, null, List.of());
    private static final InsightScore SCORE = new InsightScore(0.9, 0.5, 1);
    private final InsightNarrator narrator = new InsightNarrator(
            c -> Map.of("field_product", "product", "field_region", "region", "field_customer", "customer", "topic", "topic").getOrDefault(c, c));

    private static Subject subject(Measure m, String label) {
        return new Subject(m, List.of(new Segment.Condition("doc_type", "ticket")), label, "best_date", List.of("field_product"));
    }

    @Test
    void aSpikeNamesItsPeriodValuesAndRootCauseFromTheEvidence() {
        Segment product = Segment.of("field_product", "SenseIQ Flow Sensor");
        AnomalyInsight a = new AnomalyInsight(subject(DOCUMENTS, "tickets"), null, "2024-11", "month", 22, 9, 6.1, false,
                List.of(new Contribution(product, 1, 14, 13, 0.95, Double.NaN, Double.NaN),
                        new Contribution(product.and("field_region", "East"), 1, 13, 12, 0.9, Double.NaN, Double.NaN)),
                SCORE, "").narrated(narrator);
        assertThat(a.sentence()).isEqualTo("Tickets in Nov 2024: 22, 2.4× the expected 9; product SenseIQ Flow Sensor accounts"
                + " for +13 (95 % of the excess), mostly region East.");
    }

    @Test
    void aLevelShiftOfASegmentSaysItLasts() {
        AnomalyInsight a = new AnomalyInsight(subject(DOCUMENTS, "invoices"), Segment.of("field_customer", "Corvid Systems Corp."),
                "2024-07", "month", 0.11, 3.11, 8, true, List.of(), SCORE, "").narrated(narrator);
        assertThat(a.sentence()).isEqualTo("Invoices for customer Corvid Systems Corp. fell to 0.11 per month from Jul 2024,"
                + " from a usual 3.11 — a lasting shift, not a one-off.");
    }

    @Test
    void aRatioDropIsAgainstTheExpectedValueNotATimesFactor() {
        AnomalyInsight a = new AnomalyInsight(subject(SENTIMENT, "average sentiment of e-mails"), null, "2025-03", "month",
                -0.28, 0.33, 5, false,
                List.of(new Contribution(Segment.of("topic", "delivery delays"), 0.3, -0.4, -0.5, 0.82, -0.1, -0.4)), SCORE, "")
                .narrated(narrator);
        assertThat(a.sentence()).isEqualTo("Average sentiment of e-mails in Mar 2025: -0.28 against an expected 0.33;"
                + " topic delivery delays accounts for −0.5 (82 % of the shortfall).");
    }

    @Test
    void aChangeNamesBothPeriodsAndTheDecompositionPath() {
        Segment product = Segment.of("field_product", "SenseIQ Flow Sensor");
        ChangeInsight c = new ChangeInsight(subject(AMOUNT, "total amount of invoices"), "month", "2024-11", "2024-10",
                1_400_000, 1_000_000, "field_product",
                List.of(new Contribution(product, 100_000, 450_000, 350_000, 0.875, Double.NaN, Double.NaN),
                        new Contribution(product.and("field_region", "East"), 50_000, 380_000, 330_000, 0.94, Double.NaN, Double.NaN)),
                SCORE, "").narrated(narrator);
        assertThat(c.sentence()).isEqualTo("Total amount of invoices up 40 % in Nov 2024 on Oct 2024 (€1.4 M vs €1 M);"
                + " product SenseIQ Flow Sensor contributed +€350 k (88 % of the change), most of it region East.");
    }

    @Test
    void aCategoricalDriverSaysHowMuchMoreLikelyAndWhatShare() {
        DriverInsight d = new DriverInsight(subject(SENTIMENT, "average sentiment of tickets"), "negative", true, 0.3, 325,
                List.of(new DriverInsight.Driver(Segment.of("field_region", "North"), 60, 0.85, 0.25, 3.4, 0.41, 1e-6)), SCORE, "")
                .narrated(narrator);
        assertThat(d.sentence()).isEqualTo("Tickets with region North are 3.4× as likely to be negative (85 % vs 25 %);"
                + " they are 41 % of all negative tickets.");
    }

    @Test
    void aForecastGivesTheIntervalTheSeasonAndTheBacktestAgainstSeasonalNaive() {
        ForecastInsight f = new ForecastInsight(subject(DOCUMENTS, "invoices"), null, "month",
                List.of(new ForecastInsight.Point("2026-01", 12.4, 9.1, 15.8), new ForecastInsight.Point("2026-06", 14.2, 10, 18.3)),
                0.8, "theta", 0.71, 1.0, 12, List.of("November", "December"), 20, SCORE, "").narrated(narrator);
        assertThat(f.sentence()).isEqualTo("Invoices: about 12 expected in Jan 2026 (80 % interval 9–16) and 14 in Jun 2026;"
                + " a yearly pattern peaking in November and December; on past data its theta forecasts erred 29 % less than"
                + " repeating last year's values (MASE 0.71 vs 1.00).");
    }
}
