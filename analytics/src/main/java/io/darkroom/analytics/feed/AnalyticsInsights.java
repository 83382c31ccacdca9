package io.darkroom.analytics.feed;

import io.darkroom.analytics.anomaly.SeriesAnomalyDetector;
import io.darkroom.analytics.diagnose.ChangeDiagnoser;
import io.darkroom.analytics.diagnose.ChangeDiagnosis;
import io.darkroom.analytics.diagnose.DiagnosisOptions;
import io.darkroom.analytics.explain.Direction;
import io.darkroom.analytics.explain.DriverOptions;
import io.darkroom.analytics.forecast.ForecastConfig;
import io.darkroom.analytics.forecast.ForecastEngine;
import io.darkroom.analytics.forecast.SeriesForecast;
import io.darkroom.analytics.forecast.TimeSeries;
import io.darkroom.analytics.insight.AnomalyInsight;
import io.darkroom.analytics.insight.ChangeInsight;
import io.darkroom.analytics.insight.Contribution;
import io.darkroom.analytics.insight.DriverInsight;
import io.darkroom.analytics.insight.FeedOptions;
import io.darkroom.analytics.insight.ForecastInsight;
import io.darkroom.analytics.insight.Grain;
import io.darkroom.analytics.insight.InsightNarrator;
import io.darkroom.analytics.insight.InsightScore;
import io.darkroom.analytics.insight.MeasureFold;
import io.darkroom.analytics.insight.MeasureSeries;
import io.darkroom.analytics.insight.Segment;
import io.darkroom.analytics.insight.Subject;
import io.darkroom.analytics.insight.SubjectPlanner;
import io.darkroom.core.DarkroomException;
import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogTable;
import io.darkroom.core.catalog.Dimension;
import io.darkroom.core.catalog.Measure;
import io.darkroom.core.insights.AnomaliesResult;
import io.darkroom.core.insights.DriversResult;
import io.darkroom.core.insights.ForecastResult;
import io.darkroom.core.insights.InsightQuery;
import io.darkroom.core.insights.Insights;
import io.darkroom.core.insights.WhyResult;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;

/**
 * The insights port for the question layer: "why did X change?", "what drives X?", "anything
 * unusual in X?", "forecast X" answered by the same analyzers as the feed, on the measure and
 * filters the question named, with sentences from the same narrator.
 */
public final class AnalyticsInsights implements Insights {
    private final Catalog catalog;
    private final Function<String, Dataset<Row>> tables;
    private final InsightNarrator narrator;
    private final DiagnosisOptions diagnosis = DiagnosisOptions.defaults();

    public AnalyticsInsights(Catalog catalog, Function<String, Dataset<Row>> tables) {
        this.catalog = catalog;
        this.tables = tables;
        this.narrator = new InsightNarrator(InsightFeed.dimensionLabels(catalog));
    }

    @Override
    public WhyResult why(InsightQuery q) {
        Subject subject = subject(q);
        Dataset<Row> rows = rows(q, subject);
        if (subject.timeColumn() == null || q.from() == null || q.to() == null) {
            throw DarkroomException.userInput("Cannot explain a change of " + subject.label()
                    + " without a period; ask e.g. \"why did " + subject.label() + " change in March 2024?\"");
        }
        LocalDate from = q.from();
        LocalDate to = q.to();
        LocalDate baseFrom = q.baselineFrom() != null ? q.baselineFrom() : from.minusDays(ChronoUnit.DAYS.between(from, to));
        LocalDate baseTo = q.baselineTo() != null ? q.baselineTo() : from;
        if (ChronoUnit.DAYS.between(from, to) >= 28 && q.baselineFrom() == null) {
            // Calendar periods: the previous month/quarter/year, not "the same number of days before".
            long months = ChronoUnit.MONTHS.between(from, to);
            if (months >= 1 && from.getDayOfMonth() == 1 && to.getDayOfMonth() == 1) {
                baseFrom = from.minusMonths(months);
            }
        }
        Column day = to_date(col(MeasureFold.quoted(subject.timeColumn())));
        ChangeDiagnosis d = ChangeDiagnoser.diagnose(rows, subject.fold(), day.geq(lit(from)).and(day.lt(lit(to))),
                day.geq(lit(baseFrom)).and(day.lt(lit(baseTo))), 1.0, subject.dimensions(), diagnosis);
        if (d.status() != ChangeDiagnosis.Status.DIAGNOSED) {
            return new WhyResult(d.message(), d.current(), d.baseline(), List.of());
        }
        List<Contribution> path = RootCause.contributions(d, 5);
        String period = from + " – " + to.minusDays(1);
        String base = baseFrom + " – " + baseTo.minusDays(1);
        ChangeInsight insight = new ChangeInsight(subject, "day", from.toString(), baseFrom.toString(), d.current(),
                d.baseline(), d.dimensions().isEmpty() ? null : d.dimensions().get(0).dimension(), path,
                new InsightScore(1, 1, 1), "");
        String sentence = narrator.change(insight).replace(" in " + Grain.DAY.spoken(from) + " on " + Grain.DAY.spoken(baseFrom),
                " in " + period + " against " + base);
        List<WhyResult.Contribution> out = new ArrayList<>();
        for (Contribution c : path) {
            Segment.Condition last = c.segment().conditions().get(c.segment().conditions().size() - 1);
            out.add(new WhyResult.Contribution(c.segment().conditions().size() == 1 ? last.dimension()
                    : c.segment().conditions().stream().map(Segment.Condition::dimension).reduce((a, b) -> a + " > " + b).orElse(""),
                    c.segment().conditions().stream().map(x -> String.valueOf(x.value())).reduce((a, b) -> a + " > " + b).orElse(""),
                    c.delta(), c.share()));
        }
        return new WhyResult(sentence, d.current(), d.baseline(), out);
    }

    @Override
    public DriversResult drivers(InsightQuery q) {
        Subject asked = subject(q);
        Measure m = asked.measure();
        if (m.aggregation() == Aggregation.COUNT && m.column() == null) {
            return volumeDrivers(q, asked);
        }
        // "what drives the invoice amount": what makes one invoice's amount high or low, not the total's size.
        Subject subject = m.aggregation() == Aggregation.SUM && m.column() != null
                ? new Subject(averageOf(m), asked.scope(), asked.label().replaceFirst("^[Tt]otal ", "average "), asked.timeColumn(),
                        asked.dimensions())
                : asked;
        Dataset<Row> rows = rows(q, subject);
        DriverAnalyzer analyzer = new DriverAnalyzer(DriverOptions.defaults().withoutBlanks());
        Subject unscoped = new Subject(subject.measure(), List.of(), subject.label(), subject.timeColumn(), subject.dimensions());
        Optional<DriverInsight> low = analyzer.analyze(unscoped, rows, Direction.LOW);
        Optional<DriverInsight> high = analyzer.analyze(unscoped, rows, Direction.HIGH);
        Optional<DriverInsight> best = java.util.stream.Stream.of(low, high).flatMap(Optional::stream)
                .max(Comparator.comparingDouble(i -> i.score().value()));
        if (best.isEmpty()) {
            return new DriversResult("No segment of " + subject.label() + " stands out clearly enough (every candidate"
                    + " failed the significance gates), so I would not name a driver.", List.of());
        }
        DriverInsight d = best.get();
        List<DriversResult.Driver> out = d.drivers().stream().map(x -> new DriversResult.Driver(
                x.segment().conditions().stream().map(Segment.Condition::dimension).reduce((a, b) -> a + " & " + b).orElse(""),
                x.segment().conditions().stream().map(c -> String.valueOf(c.value())).reduce((a, b) -> a + " & " + b).orElse(""),
                x.valueInSegment() - x.valueInRest(), Math.max(0, Math.min(1, 1 - x.pValue())))).toList();
        return new DriversResult(narrator.driver(d), out);
    }

    private static Measure averageOf(Measure m) {
        return new Measure(m.name() + "__per_row", "average " + m.label().replaceFirst("^total ", ""), m.table(), Aggregation.AVERAGE,
                m.column(), null, m.unit(), List.of());
    }

    /** What moves a count from period to period: the segments with more of its variation than of its volume. */
    private DriversResult volumeDrivers(InsightQuery q, Subject subject) {
        SubjectFrame frame = frame(q, subject);
        List<MeasureSeries> segments = frame.series().bySegments(subject.dimensions(), FeedOptions.defaults().topSegments())
                .values().stream().flatMap(List::stream).toList();
        List<VolumeDrivers.Driver> found = VolumeDrivers.of(frame.total(), segments);
        String grain = frame.grain().name().toLowerCase(java.util.Locale.ROOT);
        if (found.isEmpty()) {
            return new DriversResult("No segment moves " + subject.label() + " from " + grain + " to " + grain + " more than its size"
                    + " explains, so I would not name a driver: the " + frame.total().size() + " " + grain + "s rise and fall"
                    + " evenly across " + String.join(", ", subject.dimensions()) + ".", List.of());
        }
        List<VolumeDrivers.Driver> top = found.stream().limit(DriverAnalyzer.DRIVERS_KEPT).toList();
        String parts = top.stream().map(d -> narrator.words(d.segment()) + " (" + Math.min(100, Math.round(100 * d.variationShare()))
                + " % of the variation from " + Math.round(100 * d.volumeShare()) + " % of the volume)").reduce((a, b) -> a + "; " + b).orElse("");
        List<DriversResult.Driver> out = top.stream().map(d -> new DriversResult.Driver(
                d.segment().conditions().get(0).dimension(), String.valueOf(d.segment().conditions().get(0).value()),
                d.variationShare(), Math.max(0, Math.min(1, d.variationShare())))).toList();
        return new DriversResult("What moves " + subject.label() + " from " + grain + " to " + grain + ": " + parts + ".", out);
    }

    @Override
    public AnomaliesResult anomalies(InsightQuery q) {
        Subject subject = subject(q);
        SubjectFrame frame = frame(q, subject);
        AnomalyAnalyzer analyzer = new AnomalyAnalyzer(new SeriesAnomalyDetector(), new RootCause(diagnosis));
        List<AnomalyInsight> found = new ArrayList<>(analyzer.ofSubject(frame));
        if (InsightFeed.segmentSeriesMeaningful(subject)) {
            found.addAll(analyzer.ofSegments(frame, subject.dimensions(), FeedOptions.defaults().topSegments()));
        }
        // Ranked as the feed ranks them: a large segment's move outranks a tiny one's extreme z-score.
        List<AnomalyInsight> sorted = found.stream().sorted(Comparator.comparingDouble((AnomalyInsight a) -> a.score().value()).reversed())
                .map(a -> a.withSentence(narrator.anomaly(a))).toList();
        List<AnomaliesResult.Anomaly> out = sorted.stream().map(a -> new AnomaliesResult.Anomaly(a.period(), a.observed(),
                a.expected(), a.severity(), a.segment() == null ? null : narrator.words(a.segment()))).toList();
        String sentence = sorted.isEmpty()
                ? "Nothing unusual in " + subject.label() + ": every " + frame.grain().name().toLowerCase(java.util.Locale.ROOT)
                + " of the " + frame.total().size() + " is within what its trend and season lead to expect."
                : sorted.get(0).sentence() + (sorted.size() > 1 ? " (" + (sorted.size() - 1) + " more below.)" : "");
        return new AnomaliesResult(sentence, out);
    }

    @Override
    public ForecastResult forecast(InsightQuery q) {
        Subject subject = subject(q);
        SubjectFrame frame = frame(q, subject);
        int horizon = q.horizon() > 0 ? q.horizon() : FeedOptions.defaults().horizon();
        double coverage = FeedOptions.defaults().coverage();
        TimeSeries series = new TimeSeries(subject.key(), frame.total().labels(), frame.total().values(), frame.grain().seasonalPeriod());
        SeriesForecast f = new ForecastEngine(ForecastConfig.defaults()).forecast(series, horizon, coverage);
        ForecastInsight insight = ForecastAnalyzer.insight(frame, frame.total(), f);
        return new ForecastResult(narrator.forecast(insight), insight.points().stream()
                .map(p -> new ForecastResult.Point(p.period(), p.value(), p.lower(), p.upper())).toList(),
                Double.isFinite(f.backtestMase()) ? f.backtestMase() : null);
    }

    private SubjectFrame frame(InsightQuery q, Subject subject) {
        Grain grain = q.grain() == null ? null : Grain.parse(q.grain());
        Dataset<Row> rows = rows(q, subject);
        if (q.from() != null && q.to() != null && subject.timeColumn() != null) {
            Column day = to_date(col(MeasureFold.quoted(subject.timeColumn())));
            rows = rows.where(day.geq(lit(q.from())).and(day.lt(lit(q.to()))));
        }
        Subject unscoped = new Subject(subject.measure(), List.of(), subject.label(), subject.timeColumn(), subject.dimensions());
        return SubjectFrame.of(unscoped, rows, grain).orElseThrow(() -> DarkroomException.userInput("Cannot follow "
                + subject.label() + " over time: the table '" + q.table() + "' has no dated rows for it"));
    }

    /** The measure's rows with the query's filters applied (negated filters keep blanks). */
    private Dataset<Row> rows(InsightQuery q, Subject subject) {
        Dataset<Row> rows = tables.apply(q.table());
        for (InsightQuery.Filter f : q.filters()) {
            Column c = col(MeasureFold.quoted(f.column())).cast("string");
            rows = rows.where(f.negated() ? c.isNull().or(c.notEqual(lit(f.value()))) : c.equalTo(lit(f.value())));
        }
        return rows;
    }

    private Subject subject(InsightQuery q) {
        CatalogTable table = catalog.table(q.table()).orElseThrow(() -> DarkroomException.userInput(
                "Cannot analyse table '" + q.table() + "': it is not in the catalog; run `darkroom enrich` or import it"));
        Measure m = table.measures().stream().filter(x -> x.name().equals(q.measure())).findFirst()
                .orElseThrow(() -> DarkroomException.userInput("Cannot analyse measure '" + q.measure() + "': table '"
                        + q.table() + "' has no such measure"));
        String time = q.timeColumn() != null ? q.timeColumn()
                : table.dimensions().stream().filter(Dimension::time).map(Dimension::column).findFirst().orElse(null);
        List<String> filtered = q.filters().stream().filter(f -> !f.negated()).map(InsightQuery.Filter::column).toList();
        List<String> dims = new SubjectPlanner(FeedOptions.defaults()).sliceableDimensions(table).stream()
                .filter(d -> !filtered.contains(d)).toList();
        String scope = q.filters().stream().filter(f -> !f.negated()).map(f -> f.value()).reduce((a, b) -> a + ", " + b)
                .map(s -> " (" + s + ")").orElse("");
        return new Subject(m, List.of(), m.label() + scope, time, SubjectPlanner.explaining(m, dims));
    }
}
