package io.darkroom.analytics.feed;

import io.darkroom.analytics.explain.Direction;
import io.darkroom.analytics.explain.DriverAnalysis;
import io.darkroom.analytics.explain.DriverOptions;
import io.darkroom.analytics.explain.DriverTarget;
import io.darkroom.analytics.explain.KeyDriver;
import io.darkroom.analytics.explain.KeyDriverAnalyzer;
import io.darkroom.analytics.insight.DriverInsight;
import io.darkroom.analytics.insight.InsightScore;
import io.darkroom.analytics.insight.Subject;
import io.darkroom.analytics.insight.SubjectPlanner;
import io.darkroom.core.catalog.Aggregation;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;
import java.util.Optional;

/**
 * Key drivers of a subject whose measure has a value per row (an average, a share): which segments
 * make a row an outlier (low sentiment, a high amount), over the subject's whole history.
 */
final class DriverAnalyzer {
    static final int DRIVERS_KEPT = 3;

    private final DriverOptions options;

    DriverAnalyzer(DriverOptions options) {
        this.options = options;
    }

    /**
     * The outliers people worry about: low values of a score (negative sentiment), high values of a
     * quantity (large amounts). The feed runs this one; questions can ask for either.
     */
    static Direction interestingDirection(Subject subject) {
        String column = subject.measure().column();
        return column != null && SubjectPlanner.SCORES.contains(column) ? Direction.LOW : Direction.HIGH;
    }

    /** Drivers of the subject in the given direction, or empty when its measure has no row-level value or nothing passes the gates. */
    Optional<DriverInsight> analyze(Subject subject, Dataset<Row> tableRows, Direction direction) {
        Aggregation a = subject.measure().aggregation();
        if (a != Aggregation.AVERAGE && a != Aggregation.SHARE) {
            return Optional.empty();
        }
        if (a == Aggregation.SHARE && direction == Direction.LOW) {
            return Optional.empty();
        }
        List<String> dimensions = SubjectPlanner.explaining(subject.measure(), subject.dimensions());
        if (dimensions.isEmpty()) {
            return Optional.empty();
        }
        DriverAnalysis analysis = KeyDriverAnalyzer.analyze(tableRows.where(subject.scopeFilter()),
                DriverTarget.of(subject.fold(), direction), dimensions, options);
        if (analysis.drivers().isEmpty()) {
            return Optional.empty();
        }
        boolean categorical = analysis.target() instanceof DriverTarget.Outcome;
        String outcome = categorical ? ((DriverTarget.Outcome) analysis.target()).value()
                : (direction == Direction.HIGH ? "highest" : "lowest");
        // "(blank)" explains nothing a reader can act on: missing fields are a data-quality story, not a driver.
        List<KeyDriver> named = analysis.drivers().stream()
                .filter(d -> d.segment().conditions().stream().allMatch(c -> c.value() != null && !c.value().equals("(blank)")))
                .toList();
        if (named.isEmpty()) {
            return Optional.empty();
        }
        List<DriverInsight.Driver> drivers = named.stream().limit(DRIVERS_KEPT)
                .map(d -> new DriverInsight.Driver(d.segment(), d.rows(), d.value(), d.control(),
                        categorical ? d.riskRatio() : d.effectRatio(), d.relativeContribution(), d.pValue()))
                .toList();
        return Optional.of(new DriverInsight(subject, outcome, categorical, analysis.baseValue(), analysis.rows(), drivers,
                score(named.get(0)), ""));
    }

    /** Strong evidence (p = 1e-6 → 0.75), a large effect and a large share of the outcome rank first; drivers are structural, not news. */
    static InsightScore score(KeyDriver d) {
        double significance = InsightScore.squash(-Math.log10(Math.max(d.pValue(), 1e-300)), 2);
        double effect = Math.abs(Math.log(Math.max(1e-9, d.riskRatio() > 0 ? d.riskRatio() : d.effectRatio())));
        double magnitude = InsightScore.squash(effect, 0.7) * Math.sqrt(Math.max(0, Math.min(1, d.relativeContribution())));
        return new InsightScore(significance, magnitude, 0.8);
    }

}
