package io.darkroom.bench.anomaly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.darkroom.analytics.anomaly.WindowScore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One NAB data file with its labelled windows, read in place from the NAB checkout (never copied: see SOURCE.md).
 *
 * @param key        the labels' key, e.g. {@code realKnownCause/nyc_taxi.csv}
 * @param timestamps row timestamps
 * @param values     row values
 * @param windows    anomaly windows as row indexes (inclusive)
 */
public record NabSeries(String key, List<LocalDateTime> timestamps, double[] values, List<WindowScore.Window> windows) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public NabSeries {
        timestamps = List.copyOf(timestamps);
        windows = List.copyOf(windows);
        if (timestamps.size() != values.length) {
            throw new IllegalArgumentException("Cannot read " + key + ": " + timestamps.size() + " timestamps for "
                    + values.length + " values");
        }
    }

    /** The subset: the folder part of the key ({@code realKnownCause}). */
    public String subset() {
        return key.substring(0, key.indexOf('/'));
    }

    /** NAB's probationary period: the first 15 % of rows, at most 750; detections there are not scored. */
    public int probation() {
        return (int) Math.min(Math.floor(0.15 * values.length), 0.15 * 5000);
    }

    /** Points per day, from the median sampling interval (288 for 5-minute data). */
    public int pointsPerDay() {
        long[] steps = new long[timestamps.size() - 1];
        for (int i = 1; i < timestamps.size(); i++) {
            steps[i - 1] = Duration.between(timestamps.get(i - 1), timestamps.get(i)).getSeconds();
        }
        Arrays.sort(steps);
        return (int) Math.round(86400.0 / Math.max(1, steps[steps.length / 2]));
    }

    /** Every data file named in {@code labels/combined_windows.json} that exists under {@code nab/data}. */
    public static List<NabSeries> readAll(Path nab) {
        JsonNode labels = readLabels(nab);
        List<NabSeries> all = new ArrayList<>();
        labels.fieldNames().forEachRemaining(key -> {
            if (Files.exists(nab.resolve("data").resolve(key))) {
                all.add(read(nab, key, labels));
            }
        });
        all.sort(java.util.Comparator.comparing(NabSeries::key));
        return all;
    }

    public static NabSeries read(Path nab, String key) {
        return read(nab, key, readLabels(nab));
    }

    private static JsonNode readLabels(Path nab) {
        try {
            return new ObjectMapper().readTree(nab.resolve("labels/combined_windows.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read NAB labels under " + nab, e);
        }
    }

    private static NabSeries read(Path nab, String key, JsonNode labels) {
        List<LocalDateTime> timestamps = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(nab.resolve("data").resolve(key));
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                int comma = line.indexOf(',');
                timestamps.add(LocalDateTime.parse(line.substring(0, comma), TIME));
                values.add(Double.parseDouble(line.substring(comma + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read NAB file " + key, e);
        }
        List<WindowScore.Window> windows = new ArrayList<>();
        for (JsonNode window : labels.path(key)) {
            windows.add(new WindowScore.Window(indexOf(timestamps, window.get(0).asText(), key),
                    indexOf(timestamps, window.get(1).asText(), key)));
        }
        return new NabSeries(key, timestamps, values.stream().mapToDouble(Double::doubleValue).toArray(), windows);
    }

    /** Row of a label timestamp ("2014-02-19 10:50:00.000000"); labels name existing rows. */
    private static int indexOf(List<LocalDateTime> timestamps, String label, String key) {
        LocalDateTime time = LocalDateTime.parse(label.substring(0, 19), TIME);
        int row = java.util.Collections.binarySearch(timestamps, time);
        if (row < 0) {
            throw new IllegalArgumentException("Cannot place window edge " + label + " in " + key + ": no such row");
        }
        return row;
    }
}
