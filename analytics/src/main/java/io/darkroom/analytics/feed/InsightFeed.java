package io.darkroom.analytics.feed;

import io.darkroom.analytics.anomaly.SeriesAnomalyDetector;
import io.darkroom.analytics.diagnose.DiagnosisOptions;
import io.darkroom.analytics.explain.DriverOptions;
import io.darkroom.analytics.forecast.ForecastConfig;
import io.darkroom.analytics.forecast.ForecastEngine;
import io.darkroom.analytics.insight.FeedOptions;
import io.darkroom.analytics.insight.Insight;
import io.darkroom.analytics.insight.InsightNarrator;
import io.darkroom.analytics.insight.InsightStore;
import io.darkroom.analytics.insight.Subject;
import io.darkroom.analytics.insight.SubjectPlanner;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogTable;
import io.darkroom.core.catalog.Dimension;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.core.warehouse.WarehouseTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@code darkroom insights}: every kind of analysis over every measure the catalog offers —
 * anomalies (with root cause) and level shifts of each subject and of its largest segments, the
 * latest change decomposed, key drivers, forecasts with seasonality — ranked, narrated and stored
 * in the {@code insights} table.
 */
public final class InsightFeed {
    private static final Logger LOG = LoggerFactory.getLogger(InsightFeed.class);

    /** An average or share needs this many rows per period before its ups and downs are more than chance. */
    static final int MIN_ROWS_PER_PERIOD = 10;

    private final Warehouse warehouse;
    private final FeedOptions options;

    public InsightFeed(Warehouse warehouse, FeedOptions options) {
        this.warehouse = warehouse;
        this.options = options;
    }

    /** What one run found and how long it took. */
    public record Run(String runId, List<Insight> ranked, int subjects, int series, Map<String, Integer> found,
                      long wallMillis) {
        public Run {
            ranked = List.copyOf(ranked);
            found = Map.copyOf(found);
        }
    }

    public Run run(Catalog catalog) {
        long started = System.nanoTime();
        Map<String, Dataset<Row>> cache = new HashMap<>();
        Function<String, Dataset<Row>> tables = name -> cache.computeIfAbsent(name,
                n -> warehouse.read(new WarehouseTable(n, new StructType())).cache());
        try {
            List<Subject> subjects = new SubjectPlanner(options).plan(catalog, tables);
            DiagnosisOptions diagnosis = DiagnosisOptions.defaults();
            RootCause rootCause = new RootCause(diagnosis);
            AnomalyAnalyzer anomalies = new AnomalyAnalyzer(new SeriesAnomalyDetector(), rootCause);
            ChangeAnalyzer changes = new ChangeAnalyzer(diagnosis);
            DriverAnalyzer drivers = new DriverAnalyzer(DriverOptions.defaults());
            List<Insight> found = new ArrayList<>();
            List<SubjectFrame> frames = new ArrayList<>();
            int series = 0;
            for (Subject subject : subjects) {
                Dataset<Row> rows = tables.apply(subject.measure().table());
                Optional<SubjectFrame> frame = SubjectFrame.of(subject, rows, null);
                if (frame.isPresent() && frame.get().total().size() >= options.minPeriods()
                        && frame.get().dense(MIN_ROWS_PER_PERIOD)) {
                    SubjectFrame f = frame.get();
                    frames.add(f);
                    series++;
                    found.addAll(anomalies.ofSubject(f));
                    found.addAll(changes.latest(f));
                    if (segmentSeriesMeaningful(subject) && options.topSegments() > 0) {
                        found.addAll(anomalies.ofSegments(f, subject.dimensions(), options.topSegments()));
                        series += options.topSegments() * subject.dimensions().size();
                    }
                }
                drivers.analyze(subject, rows, DriverAnalyzer.interestingDirection(subject)).ifPresent(found::add);
                LOG.info("Insight feed: {} analysed ({} findings so far, {} ms)", subject.label(), found.size(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            found.addAll(new ForecastAnalyzer(new ForecastEngine(ForecastConfig.defaults()))
                    .forecast(warehouse.spark(), frames, options.minPeriods(), options.horizon(), options.coverage()));
            InsightNarrator narrator = new InsightNarrator(dimensionLabels(catalog));
            List<Insight> ranked = new InsightRanker().rank(found, options.top()).stream()
                    .map(i -> i.narrated(narrator)).toList();
            String runId = UUID.randomUUID().toString();
            new InsightStore(warehouse).replace(ranked, runId, Instant.now());
            Map<String, Integer> byKind = new HashMap<>();
            found.forEach(i -> byKind.merge(i.kind(), 1, Integer::sum));
            long wall = (System.nanoTime() - started) / 1_000_000;
            LOG.info("Insight feed: {} subjects, {} series, {} findings, {} kept in {} ms", subjects.size(), series,
                    found.size(), ranked.size(), wall);
            return new Run(runId, ranked, subjects.size(), series, byKind, wall);
        } finally {
            cache.values().forEach(Dataset::unpersist);
        }
    }

    /**
     * Counts, shares and averages of bounded scores: yes. Sums and averages of quantities (amounts) per
     * segment: no — one large invoice swings them, and the subject's own series carries those moves with
     * a root cause.
     */
    static boolean segmentSeriesMeaningful(Subject subject) {
        return switch (subject.measure().aggregation()) {
            case COUNT, SHARE -> true;
            case AVERAGE -> SubjectPlanner.SCORES.contains(subject.measure().column());
            case SUM, DISTINCT_COUNT, MIN, MAX -> false;
        };
    }

    /** Column → the word the catalog uses for it ("field_product" → "product"). */
    static Function<String, String> dimensionLabels(Catalog catalog) {
        Map<String, String> labels = new HashMap<>();
        for (CatalogTable t : catalog.tables()) {
            for (Dimension d : t.dimensions()) {
                labels.putIfAbsent(d.column(), d.label());
            }
        }
        return column -> labels.getOrDefault(column, column.replace('_', ' '));
    }
}
