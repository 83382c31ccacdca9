package io.darkroom.analytics.feed;

import io.darkroom.analytics.forecast.ForecastEngine;
import io.darkroom.analytics.forecast.Seasonality;
import io.darkroom.analytics.forecast.SeriesForecast;
import io.darkroom.analytics.forecast.TimeSeries;
import io.darkroom.analytics.insight.ForecastInsight;
import io.darkroom.analytics.insight.Grain;
import io.darkroom.analytics.insight.InsightScore;
import io.darkroom.analytics.insight.MeasureSeries;
import org.apache.spark.sql.SparkSession;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Forecasts of many subjects' series in one parallel Spark pass, each with the seasonality found
 * and the chosen model's backtest accuracy against seasonal naive.
 */
final class ForecastAnalyzer {
    /** A season phase is a peak when its index is this much above the average phase (multiplicative: 15 % above trend). */
    static final double PEAK_LIFT = 0.15;

    private final ForecastEngine engine;

    ForecastAnalyzer(ForecastEngine engine) {
        this.engine = engine;
    }

    List<ForecastInsight> forecast(SparkSession spark, List<SubjectFrame> frames, int minPeriods, int horizon, double coverage) {
        List<SubjectFrame> usable = frames.stream()
                .filter(f -> f.total().size() >= minPeriods && AnomalyAnalyzer.finite(f.total().values())).toList();
        List<TimeSeries> series = IntStream.range(0, usable.size())
                .mapToObj(i -> new TimeSeries(Integer.toString(i), usable.get(i).total().labels(),
                        usable.get(i).total().values(), usable.get(i).grain().seasonalPeriod()))
                .toList();
        if (series.isEmpty()) {
            return List.of();
        }
        List<SeriesForecast> forecasts = engine.forecastAll(spark, series, horizon, coverage);
        List<ForecastInsight> out = new ArrayList<>();
        for (SeriesForecast f : forecasts) {
            SubjectFrame frame = usable.get(Integer.parseInt(f.seriesId()));
            out.add(insight(frame, frame.total(), f));
        }
        return out;
    }

    static ForecastInsight insight(SubjectFrame frame, MeasureSeries history, SeriesForecast f) {
        Grain grain = frame.grain();
        LocalDate last = history.starts().get(history.size() - 1);
        double[] point = f.point();
        double[] lower = f.lower();
        double[] upper = f.upper();
        // Counts and amounts that never went below zero are not forecast below zero ("-4 documents" reads as a bug):
        // the interval is cut at zero, which keeps its coverage (no actual value lies below it).
        double floor = java.util.Arrays.stream(history.values()).min().orElse(0) >= 0 ? 0 : Double.NEGATIVE_INFINITY;
        List<ForecastInsight.Point> points = new ArrayList<>();
        for (int j = 0; j < point.length; j++) {
            points.add(new ForecastInsight.Point(grain.label(grain.plus(last, j + 1)), Math.max(floor, point[j]),
                    Math.max(floor, lower[j]), Math.max(floor, upper[j])));
        }
        Seasonality season = f.seasonality();
        List<String> peaks = peaks(season, history, grain);
        double lastValue = history.value(history.size() - 1);
        return new ForecastInsight(frame.subject(), history.segment(), grain.name().toLowerCase(java.util.Locale.ROOT),
                points, f.coverage(), f.model(), f.backtestMase(), f.seasonalNaiveBacktestMase(),
                season.period() > 1 ? season.period() : 0, peaks, lastValue, score(season, f), "");
    }

    /** Phases whose seasonal index stands out, highest first, named from the history's own periods. */
    static List<String> peaks(Seasonality season, MeasureSeries history, Grain grain) {
        int m = season.period();
        if (m <= 1 || history.size() < m) {
            return List.of();
        }
        double[] idx = season.indices();
        double scale = season.multiplicative() ? 1 : Math.max(1e-12, AnomalyAnalyzer.meanAbs(history.values()));
        return IntStream.range(0, m).boxed()
                .filter(p -> (season.multiplicative() ? idx[p] - 1 : idx[p] / scale) >= PEAK_LIFT)
                .sorted(Comparator.comparingDouble((Integer p) -> -idx[p]))
                .limit(3)
                // Named in calendar order ("November and December"), which is how people say a season.
                .sorted(Comparator.comparing((Integer p) -> history.starts().get(p).getMonthValue() * 100 + p))
                .map(p -> grain.phaseName(history.starts().get(p)))
                .toList();
    }

    /**
     * A forecast is news when the series has a strong season (people plan around it) and the model
     * beats repeating the last season; a flat, unseasonal forecast ranks low but stays in the table.
     */
    static InsightScore score(Seasonality season, SeriesForecast f) {
        double significance = season.period() > 1 ? Math.max(0.2, Math.min(1, season.strength())) : 0.2;
        double[] idx = season.indices();
        double amplitude = 0;
        if (season.period() > 1) {
            double max = java.util.Arrays.stream(idx).max().orElse(1);
            double min = java.util.Arrays.stream(idx).min().orElse(1);
            amplitude = season.multiplicative() ? max - min : 0.5;
        }
        double magnitude = Math.max(0.1, InsightScore.squash(amplitude, 0.5));
        boolean skilful = Double.isFinite(f.backtestMase()) && Double.isFinite(f.seasonalNaiveBacktestMase())
                && f.backtestMase() <= f.seasonalNaiveBacktestMase();
        return new InsightScore(significance, magnitude, skilful ? 0.9 : 0.6);
    }
}
