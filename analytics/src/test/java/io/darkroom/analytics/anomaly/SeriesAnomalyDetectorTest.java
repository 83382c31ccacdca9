package io.darkroom.analytics.anomaly;

import io.darkroom.core.DarkroomException;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SeriesAnomalyDetectorTest {
    private final SeriesAnomalyDetector detector = new SeriesAnomalyDetector();

    @Test
    void plantedTicketSpikeIsFoundAtItsIndexWithTheSeasonalNormAsExpectation() {
        double[] tickets = BusinessSeries.counts(100, 36, 0.05, 7);
        double norm = BusinessSeries.norm(100, 22);
        tickets[22] = Math.round(2.5 * norm);

        AnomalyReport.Analysed report = (AnomalyReport.Analysed) detector.detect(tickets, 12);

        assertThat(report.seasonalPeriod()).isEqualTo(12);
        assertThat(report.anomalies()).hasSize(1);
        AnomalyPoint spike = report.anomalies().get(0);
        assertThat(spike.index()).isEqualTo(22);
        assertThat(spike.observed()).isEqualTo(tickets[22]);
        assertThat(spike.expected()).isCloseTo(norm, within(0.1 * norm));
        assertThat(spike.upper()).isLessThan(spike.observed());
        assertThat(spike.severity()).isGreaterThan(AnomalyOptions.DEFAULT_THRESHOLD);
    }

    @Test
    void smallTicketCountsSpike22AgainstNine() {
        double[] tickets = BusinessSeries.counts(7.5, 36, 0.08, 11);
        int month = 26; // March of the third year, normal about 9
        double norm = BusinessSeries.norm(7.5, month);
        tickets[month] = 22;

        AnomalyReport report = detector.detect(tickets, 12);

        assertThat(report.anomalies()).extracting(AnomalyPoint::index).containsExactly(month);
        assertThat(report.anomalies().get(0).expected()).isCloseTo(norm, within(1.5));
    }

    @Test
    void seasonalPeaksOfAGrowingSeriesAreNotAnomalies() {
        for (long seed = 1; seed <= 20; seed++) {
            double[] tickets = BusinessSeries.counts(100, 36, 0.05, seed, 2.5);
            AnomalyReport report = detector.detect(tickets, 12);
            assertThat(report.anomalies()).as("seed %d", seed).isEmpty();
        }
    }

    @Test
    void customerCollapseIsOneLevelShiftAtItsStart() {
        double[] revenue = BusinessSeries.counts(100, 36, 0.05, 3);
        Random random = new Random(5);
        for (int i = 19; i < 36; i++) {
            revenue[i] = random.nextInt(3); // 0, 1 or 2 after the customer left
        }

        AnomalyReport.Analysed report = (AnomalyReport.Analysed) detector.detect(revenue, 12);

        assertThat(report.anomalies()).extracting(AnomalyPoint::index).containsExactly(19);
        double lastYear = Robust.median(java.util.Arrays.copyOfRange(revenue, 7, 19));
        assertThat(report.anomalies().get(0).expected()).isCloseTo(lastYear, within(0.1 * lastYear));
        assertThat(report.levelShifts()).hasSize(1);
        assertThat(report.levelShifts().get(0).start()).isEqualTo(19);
        assertThat(report.levelShifts().get(0).end()).isEqualTo(36);
        assertThat(report.levelShifts().get(0).after()).isLessThanOrEqualTo(2);
    }

    @Test
    void sixMonthSentimentDropIsFlaggedOnceAtItsStart() {
        Random random = new Random(13);
        double[] sentiment = new double[36];
        for (int i = 0; i < 36; i++) {
            sentiment[i] = (i >= 14 && i < 20 ? -0.25 : 0.33) + 0.04 * random.nextGaussian();
        }

        AnomalyReport.Analysed report = (AnomalyReport.Analysed) detector.detect(sentiment, 12);

        assertThat(report.seasonalPeriod()).isZero();
        assertThat(report.anomalies()).extracting(AnomalyPoint::index).containsExactly(14);
        AnomalyPoint drop = report.anomalies().get(0);
        assertThat(drop.expected()).isCloseTo(0.33, within(0.05));
        assertThat(drop.observed()).isLessThan(drop.lower());
        assertThat(report.levelShifts()).singleElement()
                .satisfies(s -> {
                    assertThat(s.start()).isEqualTo(14);
                    assertThat(s.end()).isEqualTo(20);
                    assertThat(s.after()).isCloseTo(-0.25, within(0.05));
                });
    }

    @Test
    void constantSeriesHasNoAnomaliesAndAConstantWithOneMoveFlagsTheMove() {
        double[] flat = new double[24];
        java.util.Arrays.fill(flat, 5);
        assertThat(detector.detect(flat, 12).anomalies()).isEmpty();

        flat[10] = 9;
        AnomalyReport report = detector.detect(flat, 12);
        assertThat(report.anomalies()).singleElement().satisfies(move -> {
            assertThat(move.index()).isEqualTo(10);
            assertThat(move.expected()).isCloseTo(5.0, within(1e-9));
            assertThat(move.severity()).isFinite().isGreaterThan(AnomalyOptions.DEFAULT_THRESHOLD);
        });
    }

    @Test
    void missingValueIsRejectedWithItsIndex() {
        double[] values = {1, 2, 3, Double.NaN, 5, 6, 7, 8, 9};
        assertThatThrownBy(() -> detector.detect(values, 0))
                .isInstanceOf(DarkroomException.class)
                .hasMessage("Cannot detect anomalies in a series: the value at index 3 is NaN; "
                        + "fill or drop missing periods before detection");
    }

    @Test
    void tooShortSeriesIsNotAnalysedAndSaysWhy() {
        AnomalyReport report = detector.detect(new double[] {3, 4, 100, 5, 4}, 12);
        assertThat(report).isInstanceOf(AnomalyReport.NotAnalysed.class);
        assertThat(report.anomalies()).isEmpty();
        assertThat(((AnomalyReport.NotAnalysed) report).reason())
                .isEqualTo("The series has 5 points; anomaly detection needs at least 8");
    }

    @Test
    void seasonalPeriodLongerThanHalfTheSeriesIsNotUsed() {
        double[] tickets = BusinessSeries.counts(100, 20, 0.05, 2);
        AnomalyReport.Analysed report = (AnomalyReport.Analysed) detector.detect(tickets, 12);
        assertThat(report.seasonalPeriod()).isZero();
    }
}
