package io.darkroom.analytics.insight;

import java.util.List;
import java.util.Objects;

/**
 * The next periods of a measure with an interval, the model chosen by backtest and its accuracy
 * against seasonal naive, and the seasonality found.
 *
 * @param seasonalPeriod 0 when none was detected, else 4/7/12/52...
 * @param peaks          period-of-cycle labels where the season peaks ("November", "December"), may be empty
 */
public record ForecastInsight(Subject subject, Segment series, String grain, List<Point> points, double coverage,
                              String model, double backtestMase, double seasonalNaiveMase, int seasonalPeriod,
                              List<String> peaks, double lastValue, InsightScore score, String sentence)
        implements Insight {
    public ForecastInsight {
        Objects.requireNonNull(subject, "subject");
        points = List.copyOf(points);
        peaks = List.copyOf(peaks);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("Cannot make a forecast insight without forecast points");
        }
    }

    @Override
    public ForecastInsight narrated(InsightNarrator narrator) {
        return withSentence(narrator.forecast(this));
    }

    /** The same insight with its narrated sentence. */
    public ForecastInsight withSentence(String s) {
        return new ForecastInsight(subject, series, grain, points, coverage, model, backtestMase, seasonalNaiveMase, seasonalPeriod, peaks, lastValue, score, s);
    }

    /** The same insight re-scored (the feed lowers novelty of repeated findings). */
    @Override
    public ForecastInsight withScore(InsightScore newScore) {
        return new ForecastInsight(subject, series, grain, points, coverage, model, backtestMase, seasonalNaiveMase, seasonalPeriod, peaks, lastValue, newScore, sentence);
    }

    @Override
    public String kind() {
        return "forecast";
    }

    @Override
    public String period() {
        return points.get(0).period();
    }

    @Override
    public Segment segment() {
        return series;
    }

    @Override
    public List<String> dimensions() {
        return series == null ? List.of() : series.conditions().stream().map(Segment.Condition::dimension).toList();
    }

    public record Point(String period, double value, double lower, double upper) {
    }
}
