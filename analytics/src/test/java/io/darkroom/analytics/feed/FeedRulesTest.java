package io.darkroom.analytics.feed;

import io.darkroom.analytics.insight.AnomalyInsight;
import io.darkroom.analytics.insight.Grain;
import io.darkroom.analytics.insight.Insight;
import io.darkroom.analytics.insight.InsightScore;
import io.darkroom.analytics.insight.MeasureSeries;
import io.darkroom.analytics.insight.Segment;
import io.darkroom.analytics.insight.Subject;
import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.Measure;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeedRulesTest {
    private static final Measure DOCUMENTS = new Measure("documents", "documents", "facts", Aggregation.COUNT, null, null, null, List.of());

    private static Subject subject(String type) {
        return new Subject(DOCUMENTS, List.of(new Segment.Condition("doc_type", type)), type + "s", "best_date", List.of());
    }

    private static AnomalyInsight anomaly(Subject s, String period, double score) {
        return new AnomalyInsight(s, null, period, "month", 10, 5, 4, false, List.of(), new InsightScore(score, 1, 1), "");
    }

    @Test
    void theSegmentWhoseShareMovedMostIsMoreSurprisingThanABroadOneThatMerelyContainsTheChange() {
        // SenseIQ went from 1 in 9 tickets to 15 in 22; region East from 4 in 9 to 18 in 22.
        double product = RootCause.surprise(1.0 / 9, 15.0 / 22);
        double region = RootCause.surprise(4.0 / 9, 18.0 / 22);
        assertThat(product).isGreaterThan(region);
        assertThat(RootCause.surprise(0.3, 0.3)).isZero();
    }

    @Test
    void rankingKeepsTheBestCopyOfADuplicateAndLowersRepeatsOfTheSameEvent() {
        Subject tickets = subject("ticket");
        Subject invoices = subject("invoice");
        List<Insight> ranked = new InsightRanker().rank(List.of(
                anomaly(tickets, "2024-11", 0.9), anomaly(tickets, "2024-11", 0.5),
                anomaly(invoices, "2024-11", 0.8), anomaly(invoices, "2024-07", 0.6)), 10);
        assertThat(ranked).hasSize(3);
        assertThat(ranked.get(0).score().value()).isEqualTo(0.9);
        // The invoices' November anomaly is the same month's event: 0.8 × 0.5 = 0.4 falls below July's 0.6.
        assertThat(ranked.get(1).period()).isEqualTo("2024-07");
        // Last, and lowered twice: same event (× 0.5) and second anomaly of the invoices (× 0.7).
        assertThat(ranked.get(2).period()).isEqualTo("2024-11");
        assertThat(ranked.get(2).score().value()).isEqualTo(0.8 * 0.5 * 0.7, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void columnsThatPickTheSameRowsBecomeOneSegmentNotThreeFindings() {
        Subject invoices = subject("invoice");
        List<LocalDate> starts = List.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-02-01"));
        MeasureSeries customer = new MeasureSeries(invoices, Segment.of("field_customer", "Corvid"), Grain.MONTH, starts, new double[] {3, 0}, 0, 3);
        MeasureSeries address = new MeasureSeries(invoices, Segment.of("field_address", "Vienna"), Grain.MONTH, starts, new double[] {3, 0}, 0, 3);
        MeasureSeries other = new MeasureSeries(invoices, Segment.of("field_customer", "Acme"), Grain.MONTH, starts, new double[] {2, 2}, 0, 4);
        List<MeasureSeries> merged = AnomalyAnalyzer.sameRowsMerged(List.of(customer, address, other));
        assertThat(merged).hasSize(2);
        assertThat(merged.get(0).segment().conditions()).containsExactly(
                new Segment.Condition("field_address", "Vienna"), new Segment.Condition("field_customer", "Corvid"));
        assertThat(merged.get(1).segment()).isEqualTo(Segment.of("field_customer", "Acme"));
    }

    @Test
    void anomalyScoresGrowWithSeverityDeviationAndRecency() {
        InsightScore old = AnomalyAnalyzer.score(7, 10, 10, 0, 36);
        InsightScore recent = AnomalyAnalyzer.score(7, 10, 10, 35, 36);
        InsightScore small = AnomalyAnalyzer.score(7, 1, 10, 35, 36);
        assertThat(recent.novelty()).isEqualTo(1.0);
        assertThat(old.novelty()).isEqualTo(0.5);
        assertThat(recent.value()).isGreaterThan(old.value());
        assertThat(recent.magnitude()).isGreaterThan(small.magnitude());
        assertThat(AnomalyAnalyzer.score(3.5, 5, 10, 35, 36).significance()).isEqualTo(0.5);
    }
}
