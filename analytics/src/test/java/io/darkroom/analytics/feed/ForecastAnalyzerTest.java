package io.darkroom.analytics.feed;

import io.darkroom.analytics.forecast.Seasonality;
import io.darkroom.analytics.forecast.SeriesForecast;
import io.darkroom.analytics.insight.ForecastInsight;
import io.darkroom.analytics.insight.Grain;
import io.darkroom.analytics.insight.MeasureSeries;
import io.darkroom.analytics.insight.Subject;
import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.Measure;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ForecastAnalyzerTest {
    private static final Measure DOCUMENTS = new Measure("documents", "documents", "facts", Aggregation.COUNT, null, null, null, List.of());
    private static final Subject SUBJECT = new Subject(DOCUMENTS, List.of(), "documents", "best_date", List.of());
    private static final List<LocalDate> STARTS = List.of(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 1));
    private static final SeriesForecast WIDE = new SeriesForecast("0", "theta", Seasonality.none(), new double[] {-0.4, 2},
            new double[] {-4, -1}, new double[] {3, 5}, 0.8, 0.64, 0.96, 6);

    @Test
    void aCountThatNeverWentBelowZeroIsNotForecastBelowZero() {
        ForecastInsight f = ForecastAnalyzer.insight(frame(new double[] {3, 0, 1}), history(new double[] {3, 0, 1}), WIDE);
        assertThat(f.points()).extracting(ForecastInsight.Point::lower).containsExactly(0.0, 0.0);
        assertThat(f.points()).extracting(ForecastInsight.Point::value).containsExactly(0.0, 2.0);
        assertThat(f.points()).extracting(ForecastInsight.Point::upper).containsExactly(3.0, 5.0);
    }

    @Test
    void aSeriesThatWentNegativeKeepsItsNegativeInterval() {
        ForecastInsight f = ForecastAnalyzer.insight(frame(new double[] {3, -2, 1}), history(new double[] {3, -2, 1}), WIDE);
        assertThat(f.points()).extracting(ForecastInsight.Point::lower).containsExactly(-4.0, -1.0);
        assertThat(f.points()).extracting(ForecastInsight.Point::value).containsExactly(-0.4, 2.0);
    }

    private static MeasureSeries history(double[] values) {
        return new MeasureSeries(SUBJECT, null, Grain.MONTH, STARTS, values, 0, 4);
    }

    private static SubjectFrame frame(double[] values) {
        return new SubjectFrame(SUBJECT, Grain.MONTH, null, history(values), 4);
    }
}
