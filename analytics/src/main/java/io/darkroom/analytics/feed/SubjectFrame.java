package io.darkroom.analytics.feed;

import io.darkroom.analytics.insight.Grain;
import io.darkroom.analytics.insight.MeasureFold;
import io.darkroom.analytics.insight.MeasureSeries;
import io.darkroom.analytics.insight.SeriesBuilder;
import io.darkroom.analytics.insight.Subject;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.to_date;

/**
 * A subject's rows over time: scoped, bucketed at a grain chosen from the data's span, cut to whole
 * periods (a last period the data covers only partly would look like a collapse).
 */
public record SubjectFrame(Subject subject, Grain grain, SeriesBuilder series, MeasureSeries total, long rows) {

    /** The frame at the grain the data's span suggests, or empty when the subject has no time column or no dated rows. */
    public static Optional<SubjectFrame> of(Subject subject, Dataset<Row> tableRows, Grain requested) {
        if (subject.timeColumn() == null) {
            return Optional.empty();
        }
        Dataset<Row> scoped = tableRows.where(subject.scopeFilter());
        Row range = scoped.agg(min(to_date(col(MeasureFold.quoted(subject.timeColumn())))),
                max(to_date(col(MeasureFold.quoted(subject.timeColumn())))), count(lit(1))).first();
        if (range.isNullAt(0)) {
            return Optional.empty();
        }
        LocalDate firstDay = range.getDate(0).toLocalDate();
        LocalDate lastDay = range.getDate(1).toLocalDate();
        Grain grain = requested != null ? requested : Grain.forSpan(firstDay, lastDay);
        LocalDate first = grain.startOf(firstDay);
        LocalDate last = grain.startOf(lastDay);
        if (grain.partial(last, lastDay) && last.isAfter(first)) {
            last = grain.plus(last, -1);
        }
        // Judged on the whole table: a scope of four documents a month cannot tell a stray date from a month.
        last = lastWellFilled(tableRows, subject, grain, first, last);
        SeriesBuilder builder = new SeriesBuilder(scoped, subject, grain, first, last);
        return Optional.of(new SubjectFrame(subject, grain, builder, builder.total(), range.getLong(2)));
    }

    /**
     * Trailing periods with under a tenth of the median period's rows are not news but data that has not
     * arrived yet (or a few stray dates after the bulk): a series ending in them would "collapse to zero".
     */
    static LocalDate lastWellFilled(Dataset<Row> scoped, Subject subject, Grain grain, LocalDate first, LocalDate last) {
        java.util.Map<LocalDate, Long> counts = new java.util.HashMap<>();
        for (Row r : SeriesBuilder.withPeriod(scoped, subject, grain).groupBy(col(SeriesBuilder.PERIOD)).count().collectAsList()) {
            if (!r.isNullAt(0)) {
                counts.put(r.getDate(0).toLocalDate(), r.getLong(1));
            }
        }
        List<Long> all = new java.util.ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = grain.next(d)) {
            all.add(counts.getOrDefault(d, 0L));
        }
        List<Long> sorted = all.stream().sorted().toList();
        long median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        LocalDate end = last;
        while (end.isAfter(first) && counts.getOrDefault(end, 0L) < 0.1 * median) {
            end = grain.plus(end, -1);
        }
        return end;
    }

    /**
     * True when each period has enough rows for its value to mean something: an average of three
     * documents a month swings by chance, and its "anomalies" would be noise. Additive series are
     * always fine (a small count is still a count).
     */
    public boolean dense(int minRowsPerPeriod) {
        return subject.fold().additive() || rows >= (long) minRowsPerPeriod * total.size();
    }

    public List<LocalDate> starts() {
        return series.starts();
    }

    /** The period start at index i of the series. */
    public LocalDate start(int i) {
        return series.starts().get(i);
    }
}
