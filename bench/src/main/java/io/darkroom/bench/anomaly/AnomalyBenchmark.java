package io.darkroom.bench.anomaly;

import io.darkroom.analytics.anomaly.RollingZScoreDetector;
import io.darkroom.analytics.anomaly.StreamingAnomalyDetector;
import io.darkroom.analytics.anomaly.StreamingOptions;
import io.darkroom.analytics.anomaly.WindowScore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Darkroom's streaming anomaly detector against a rolling z-score and NAB's windowed Gaussian on the NAB files under
 * {@code args[0]} (the NAB folder), in one run; writes Markdown to {@code args[1]}. Window-level precision/recall/F1
 * ({@link WindowScore}) and NAB scores ({@link NabScorer}) per subset and overall.
 */
public final class AnomalyBenchmark {
    /** False-positive detections at most this many rows apart are one event (1 h of 5-minute points). */
    static final int MERGE_GAP = 12;
    static final double BASELINE_THRESHOLD = 3.0;
    static final double[] GRID = {3.0, 3.5, 4.0, 5.0, 6.0, 8.0};

    private AnomalyBenchmark() {
    }

    /** A named detector: from a series to its binary output per row. */
    record Detector(String name, Function<NabSeries, boolean[]> run) {
    }

    record Result(WindowScore windows, double[] nabRaw, long millis) {
        Result plus(Result o) {
            double[] raw = new double[nabRaw.length];
            for (int i = 0; i < raw.length; i++) {
                raw[i] = nabRaw[i] + o.nabRaw[i];
            }
            return new Result(windows.plus(o.windows), raw, millis + o.millis);
        }
    }

    static final NabScorer[] PROFILES = {NabScorer.STANDARD, NabScorer.REWARD_LOW_FP, NabScorer.REWARD_LOW_FN};

    static boolean[] darkroom(NabSeries series, double threshold) {
        StreamingAnomalyDetector detector = new StreamingAnomalyDetector(
                StreamingOptions.defaults().withThreshold(threshold), series.pointsPerDay());
        boolean[] out = new boolean[series.values().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = detector.observe(series.values()[i]).isPresent();
        }
        return out;
    }

    static boolean[] rollingZ(NabSeries series, double threshold) {
        RollingZScoreDetector detector = new RollingZScoreDetector(series.pointsPerDay(), threshold);
        boolean[] out = new boolean[series.values().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = detector.observe(series.values()[i]);
        }
        return out;
    }

    static boolean[] windowedGaussian(NabSeries series) {
        WindowedGaussianDetector detector = new WindowedGaussianDetector();
        boolean[] out = new boolean[series.values().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = detector.score(series.values()[i]) >= 1.0;
        }
        return out;
    }

    static Result evaluate(NabSeries series, Detector detector) {
        long start = System.nanoTime();
        boolean[] detected = detector.run().apply(series);
        long millis = (System.nanoTime() - start) / 1_000_000;
        int[] rows = java.util.stream.IntStream.range(0, detected.length).filter(i -> detected[i]).toArray();
        WindowScore windows = WindowScore.of(series.windows(), rows, series.probation(), MERGE_GAP);
        double[] raw = new double[PROFILES.length];
        for (int p = 0; p < PROFILES.length; p++) {
            raw[p] = PROFILES[p].raw(detected.length, series.windows(), detected, series.probation());
        }
        return new Result(windows, raw, millis);
    }

    public static void main(String[] args) throws IOException {
        Path nab = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<NabSeries> corpus = NabSeries.readAll(nab);
        List<Detector> headline = List.of(
                new Detector("darkroom streaming (robust z > 5, refractory 1 day)",
                        s -> darkroom(s, StreamingOptions.DEFAULT_THRESHOLD)),
                new Detector("rolling z-score (w = 1 day, k = 3)", s -> rollingZ(s, BASELINE_THRESHOLD)),
                new Detector("NAB windowed Gaussian (threshold 1.0)", AnomalyBenchmark::windowedGaussian));

        StringBuilder md = new StringBuilder();
        md.append("# Anomaly detection on NAB (realKnownCause, realAWSCloudwatch, realTweets)\n\n");
        md.append(String.format(Locale.ROOT, "Date: %s. Machine: %d cores. Files: %d, labelled windows: %d "
                        + "(the staged subset of NAB's 58 files; published NAB scoreboard numbers cover all 58 and are "
                        + "not comparable).%n%n", LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                corpus.size(), corpus.stream().mapToInt(s -> s.windows().size()).sum()));
        md.append("""
                Definitions. Every detector is causal (a decision at row t uses rows <= t) and runs once per file; \
                seasonal period and windows = points per day of the file (288 for 5-minute data, 48 for nyc_taxi). \
                Detections in NAB's probationary period (first 15 %% of rows, at most 750) are ignored. \
                Window level: a labelled window is detected when any detection falls in it; detections outside all \
                windows are false positives, counted per event (detections at most %d rows apart are one event); \
                precision = detected windows / (detected windows + FP events), recall = detected windows / windows. \
                NAB: the standard and the two other cost profiles of NAB's scorer re-implemented in Java \
                (NabScorer), normalised per row group so that 0 = no detections and 100 = every window detected at \
                its first row.

                """.formatted(MERGE_GAP));

        Map<String, Map<String, Result>> bySubset = new TreeMap<>();
        Map<String, Result> overall = new LinkedHashMap<>();
        for (Detector detector : headline) {
            for (NabSeries series : corpus) {
                Result r = evaluate(series, detector);
                bySubset.computeIfAbsent(series.subset(), k -> new LinkedHashMap<>()).merge(detector.name(), r, Result::plus);
                overall.merge(detector.name(), r, Result::plus);
            }
        }
        md.append("| subset | detector | windows | detected | FP events | precision | recall | F1 | NAB standard "
                + "| NAB low FP | NAB low FN | time (ms) |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, Map<String, Result>> subset : bySubset.entrySet()) {
            for (Map.Entry<String, Result> e : subset.getValue().entrySet()) {
                md.append(row(subset.getKey(), e.getKey(), e.getValue()));
            }
        }
        for (Map.Entry<String, Result> e : overall.entrySet()) {
            md.append(row("**all**", e.getKey(), e.getValue()));
        }

        md.append("\n## Threshold sensitivity (all files; the defaults above were fixed before this table)\n\n");
        md.append("| threshold | darkroom F1 | darkroom NAB standard | rolling z F1 | rolling z NAB standard |\n"
                + "|---|---|---|---|---|\n");
        for (double k : GRID) {
            Result ours = null;
            Result base = null;
            for (NabSeries series : corpus) {
                Result a = evaluate(series, new Detector("d", s -> darkroom(s, k)));
                Result b = evaluate(series, new Detector("z", s -> rollingZ(s, k)));
                ours = ours == null ? a : ours.plus(a);
                base = base == null ? b : base.plus(b);
            }
            md.append(String.format(Locale.ROOT, "| %.1f | %.3f | %.1f | %.3f | %.1f |%n", k, ours.windows().f1(),
                    PROFILES[0].normalised(ours.nabRaw()[0], ours.windows().windows()), base.windows().f1(),
                    PROFILES[0].normalised(base.nabRaw()[0], base.windows().windows())));
        }
        Files.writeString(out, md.toString());
        System.out.print(md);
    }

    private static String row(String subset, String detector, Result r) {
        WindowScore w = r.windows();
        List<String> nab = new ArrayList<>();
        for (int p = 0; p < PROFILES.length; p++) {
            nab.add(String.format(Locale.ROOT, "%.1f", PROFILES[p].normalised(r.nabRaw()[p], w.windows())));
        }
        return String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %.3f | %.3f | %.3f | %s | %s | %s | %d |%n",
                subset, detector, w.windows(), w.detectedWindows(), w.falsePositives(), w.precision(), w.recall(),
                w.f1(), nab.get(0), nab.get(1), nab.get(2), r.millis());
    }
}
