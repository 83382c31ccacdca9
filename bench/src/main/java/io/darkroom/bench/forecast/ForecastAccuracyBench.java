package io.darkroom.bench.forecast;

import io.darkroom.analytics.forecast.ForecastAccuracy;
import io.darkroom.analytics.forecast.ForecastConfig;
import io.darkroom.analytics.forecast.ForecastEngine;
import io.darkroom.analytics.forecast.ForecastModel;
import io.darkroom.analytics.forecast.SeriesForecast;
import io.darkroom.analytics.forecast.TimeSeries;
import io.darkroom.core.config.DarkroomConfig;
import io.darkroom.core.spark.SparkSessions;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Darkroom's forecasts on M3 monthly/quarterly and M4 weekly/hourly against the published methods:
 * sMAPE, MASE, 80 % interval coverage, chosen models, run time. Args: data root (../shared/data/forecast-series),
 * markdown output, then options {@code --sets m3m,m3q,m4w,m4h}, {@code --limit N}, {@code --no-spark}
 * (per-series path only, for development), {@code --no-gbt}, {@code --master local[2]}, {@code --validation}
 * (score on each training series' last h values instead of the test: the split rules are chosen on).
 */
public final class ForecastAccuracyBench {
    private static final double COVERAGE = 0.8;

    /** Published M4 scores (official Evaluation and Ranks sheet): sMAPE, MASE per method. */
    private static final Map<String, Map<String, double[]>> M4_PUBLISHED = Map.of(
            "M4 weekly", ordered("Theta", 9.093, 2.637, "Naive2", 9.161, 2.777, "sNaive", 9.161, 2.777,
                    "Comb S-H-D", 8.944, 2.432, "Smyl (winner)", 7.817, 2.356),
            "M4 hourly", ordered("Theta", 18.138, 2.455, "Naive2", 18.383, 2.395, "sNaive", 13.912, 1.193,
                    "Comb S-H-D", 22.053, 4.582, "Smyl (winner)", 9.328, 0.893));

    private ForecastAccuracyBench() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<String> options = Arrays.asList(args).subList(2, args.length);
        String sets = option(options, "--sets", "m3m,m3q,m4w,m4h");
        int limit = Integer.parseInt(option(options, "--limit", "100000"));
        boolean spark = !options.contains("--no-spark");
        String master = option(options, "--master", "local[2]");
        ForecastConfig config = ForecastConfig.defaults().withGlobalModel(!options.contains("--no-gbt"));

        List<String> report = new ArrayList<>();
        SparkSession session = spark ? SparkSessions.create(new DarkroomConfig(Files.createTempDirectory("forecast-bench").toString(), master), "forecast-bench") : null;
        try {
            for (String set : sets.split(",")) {
                CompetitionSet data = load(root, set).first(limit);
                if (options.contains("--validation")) {
                    data = data.validation();
                }
                report.addAll(run(data, new ForecastEngine(config), session));
            }
        } finally {
            if (session != null) {
                session.stop();
            }
        }
        Files.write(out, report);
    }

    private static CompetitionSet load(Path root, String set) throws IOException {
        return switch (set) {
            case "m3m" -> CompetitionSet.m3(root, "monthly", 12, 18);
            case "m3q" -> CompetitionSet.m3(root, "quarterly", 4, 8);
            case "m4w" -> CompetitionSet.m4(root, "Weekly", 52, 1, 13);
            case "m4h" -> CompetitionSet.m4(root, "Hourly", 24, 24, 48);
            default -> throw new IllegalArgumentException("unknown set " + set + "; use m3m, m3q, m4w, m4h");
        };
    }

    private static List<String> run(CompetitionSet data, ForecastEngine engine, SparkSession spark) {
        long start = System.nanoTime();
        List<SeriesForecast> forecasts = spark == null
                ? data.train().stream().map(s -> engine.forecast(s, data.horizon(), COVERAGE)).toList()
                : engine.forecastAll(spark, data.train(), data.horizon(), COVERAGE);
        double seconds = (System.nanoTime() - start) / 1e9;

        List<String> lines = new ArrayList<>();
        lines.add("## " + data.name() + " (" + data.train().size() + " series, h = " + data.horizon() + ", MASE with m = "
                + data.metricPeriod() + ")");
        lines.add("");
        lines.add("| method | sMAPE | MASE | 80 % coverage |");
        lines.add("|---|---|---|---|");
        double[] ours = score(data, forecasts.stream().map(SeriesForecast::point).toList());
        double coverage = 0;
        for (int i = 0; i < forecasts.size(); i++) {
            SeriesForecast f = forecasts.get(i);
            coverage += ForecastAccuracy.coverage(data.test().get(i), f.lower(), f.upper()) / forecasts.size();
        }
        lines.add(String.format("| **Darkroom (selected per series)** | **%.3f** | **%.3f** | %.1f %% |", ours[0], ours[1], 100 * coverage));
        List<ForecastModel> fixed = new ArrayList<>(ForecastModel.candidates());
        fixed.add(new ForecastModel.Naive2());
        for (ForecastModel model : fixed) {
            double[] s = score(data, data.train().stream().map(t -> model.forecast(t.values(), t.seasonalPeriod(), data.horizon())).toList());
            lines.add(String.format("| ours: %s for every series | %.3f | %.3f | |", model.name(), s[0], s[1]));
        }
        if (data.train().get(0).seasonalPeriod() != data.metricPeriod()) {
            // The M4 benchmarks model weekly data with m = 1: this row is our Theta the way they ran it.
            ForecastModel theta = new ForecastModel.Theta();
            double[] s = score(data, data.train().stream().map(t -> theta.forecast(t.values(), data.metricPeriod(), data.horizon())).toList());
            lines.add(String.format("| ours: theta with m = %d for every series | %.3f | %.3f | |", data.metricPeriod(), s[0], s[1]));
        }
        Map<String, double[]> published = new LinkedHashMap<>();
        for (String method : List.of("THETA", "NAIVE2", "COMB S-H-D", "ForecastPro")) {
            if (data.published().containsKey(method)) {
                published.put(method, score(data, data.published().get(method)));
            }
        }
        published.putAll(M4_PUBLISHED.getOrDefault(data.name(), Map.of()));
        published.forEach((method, s) -> lines.add(String.format("| published: %s | %.3f | %.3f | |", method, s[0], s[1])));
        lines.add("");
        Map<String, Integer> chosen = new TreeMap<>();
        forecasts.forEach(f -> chosen.merge(f.modelFamily(), 1, Integer::sum));
        long seasonal = forecasts.stream().filter(f -> f.seasonality().present()).count();
        lines.add("Chosen models: " + chosen + "; seasonality detected in " + seasonal + " of " + forecasts.size()
                + " series; run time " + String.format("%.1f s", seconds) + (spark == null ? " (per-series path, no Spark)" : " (forecastAll on Spark)") + ".");
        lines.add("");
        lines.forEach(System.out::println);
        return lines;
    }

    /** Mean over series of sMAPE and MASE, the M-competitions' way. */
    private static double[] score(CompetitionSet data, List<double[]> forecasts) {
        double smape = 0;
        double mase = 0;
        int n = data.train().size();
        for (int i = 0; i < n; i++) {
            TimeSeries train = data.train().get(i);
            double[] actual = data.test().get(i);
            smape += ForecastAccuracy.smape(actual, forecasts.get(i)) / n;
            mase += ForecastAccuracy.mase(train.values(), actual, forecasts.get(i), data.metricPeriod()) / n;
        }
        return new double[] {smape, mase};
    }

    private static Map<String, double[]> ordered(Object... cells) {
        Map<String, double[]> map = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i += 3) {
            map.put((String) cells[i], new double[] {(double) cells[i + 1], (double) cells[i + 2]});
        }
        return map;
    }

    private static String option(List<String> options, String name, String fallback) {
        int i = options.indexOf(name);
        return i >= 0 && i + 1 < options.size() ? options.get(i + 1) : fallback;
    }
}
