package io.darkroom.analytics.insight;

import io.darkroom.core.catalog.Measure;
import org.apache.spark.sql.Column;

import java.util.List;
import java.util.Objects;

import static org.apache.spark.sql.functions.lit;

/**
 * What an insight is about: a catalog measure over its table, restricted to a scope (e.g. the
 * facts rows with {@code doc_type = ticket}), with the words people use for it ("tickets",
 * "average sentiment of e-mails") and the time column its series run on.
 *
 * @param scope      equality conditions that define the population (empty = the whole table)
 * @param label      the subject as a sentence names it, lower case ("tickets", "total amount of invoices")
 * @param timeColumn date/timestamp column for series, or null when the table has no time
 * @param dimensions candidate columns to explain it by (scope columns excluded)
 */
public record Subject(Measure measure, List<Segment.Condition> scope, String label, String timeColumn,
                      List<String> dimensions) {
    public Subject {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(label, "label");
        scope = List.copyOf(scope);
        dimensions = List.copyOf(dimensions);
    }

    public MeasureFold fold() {
        return new MeasureFold(measure);
    }

    /** The scope as a Spark filter (true when the scope is empty). */
    public Column scopeFilter() {
        return scope.isEmpty() ? lit(true) : new Segment(scope).filter();
    }

    /** A stable key: measure plus scope, e.g. "documents|doc_type=ticket". */
    public String key() {
        StringBuilder b = new StringBuilder(measure.table()).append('|').append(measure.name());
        scope.forEach(c -> b.append('|').append(c.dimension()).append('=').append(c.value()));
        return b.toString();
    }
}
