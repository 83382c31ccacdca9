package io.darkroom.bench.forecast;

import io.darkroom.analytics.forecast.TimeSeries;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One M-competition data set as staged under ../shared/data/forecast-series (read in place: the
 * licences do not allow copying): training series, the held-out test values, and the published
 * forecasts of other methods where the data set ships them (M3).
 *
 * @param metricPeriod the cycle the official MASE uses (M4 weekly: 1)
 * @param published    method → forecasts in series order (M3 only; empty for M4, whose scores are published as numbers)
 */
record CompetitionSet(String name, int horizon, int metricPeriod, List<TimeSeries> train, List<double[]> test,
                      Map<String, List<double[]>> published) {

    /** M3 from the forvision CSVs: {@code kind} is "monthly" or "quarterly". */
    static CompetitionSet m3(Path root, String kind, int period, int horizon) throws IOException {
        Path dir = root.resolve("m3");
        List<TimeSeries> train = new ArrayList<>();
        for (String[] row : rows(dir.resolve("M3_" + kind + "_train_wide.csv"))) {
            int n = Integer.parseInt(row[3]);
            train.add(TimeSeries.of(row[0], numbers(row, 4, n), period));
        }
        List<double[]> test = new ArrayList<>();
        for (String[] row : rows(dir.resolve("M3_" + kind + "_test_wide.csv"))) {
            test.add(numbers(row, 4, Integer.parseInt(row[3])));
        }
        Map<String, Integer> position = new LinkedHashMap<>();
        for (int i = 0; i < train.size(); i++) {
            position.put(train.get(i).id(), i);
        }
        Map<String, List<double[]>> published = new LinkedHashMap<>();
        for (String[] row : rows(dir.resolve("M3_" + kind + "_forecasts_24methods_wide.csv"))) {
            List<double[]> forecasts = published.computeIfAbsent(row[1], k -> new ArrayList<>(java.util.Collections.nCopies(train.size(), (double[]) null)));
            forecasts.set(position.get(row[0]), numbers(row, 3, horizon));
        }
        return new CompetitionSet("M3 " + kind, horizon, period, train, test, published);
    }

    /** M4 from the official wide CSVs ("Weekly", "Hourly"); {@code modelPeriod} is the cycle given to the models. */
    static CompetitionSet m4(Path root, String frequency, int modelPeriod, int metricPeriod, int horizon) throws IOException {
        Path dir = root.resolve("m4");
        List<TimeSeries> train = new ArrayList<>();
        for (String[] row : rows(dir.resolve(frequency + "-train.csv"))) {
            train.add(TimeSeries.of(row[0], numbers(row, 1, row.length - 1), modelPeriod));
        }
        List<double[]> test = new ArrayList<>();
        for (String[] row : rows(dir.resolve(frequency + "-test.csv"))) {
            test.add(numbers(row, 1, horizon));
        }
        return new CompetitionSet("M4 " + frequency.toLowerCase(), horizon, metricPeriod, train, test, Map.of());
    }

    /**
     * The validation split: every training series without its last {@code horizon} values, which
     * become the held-out part. Rules are chosen on this split so the test values never drive them.
     */
    CompetitionSet validation() {
        List<TimeSeries> shortened = new ArrayList<>();
        List<double[]> held = new ArrayList<>();
        for (TimeSeries s : train) {
            double[] y = s.values();
            int n = y.length - horizon;
            shortened.add(TimeSeries.of(s.id(), java.util.Arrays.copyOf(y, n), s.seasonalPeriod()));
            held.add(java.util.Arrays.copyOfRange(y, n, y.length));
        }
        return new CompetitionSet(name + " validation", horizon, metricPeriod, shortened, held, Map.of());
    }

    CompetitionSet first(int count) {
        int n = Math.min(count, train.size());
        Map<String, List<double[]>> cut = new LinkedHashMap<>();
        published.forEach((k, v) -> cut.put(k, v.subList(0, n)));
        return new CompetitionSet(name, horizon, metricPeriod, train.subList(0, n), test.subList(0, n), cut);
    }

    /** Rows after the header, quotes stripped, trailing empty cells dropped (the M4 files are padded). */
    private static List<String[]> rows(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.replace("\"", "").split(",");
            int end = cells.length;
            while (end > 0 && cells[end - 1].isBlank()) {
                end--;
            }
            rows.add(java.util.Arrays.copyOf(cells, end));
        }
        return rows;
    }

    private static double[] numbers(String[] row, int from, int count) {
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = Double.parseDouble(row[from + i]);
        }
        return v;
    }
}
