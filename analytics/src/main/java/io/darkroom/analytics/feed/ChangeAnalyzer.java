package io.darkroom.analytics.feed;

import io.darkroom.analytics.diagnose.ChangeDiagnoser;
import io.darkroom.analytics.diagnose.ChangeDiagnosis;
import io.darkroom.analytics.diagnose.DiagnosisOptions;
import io.darkroom.analytics.insight.ChangeInsight;
import io.darkroom.analytics.insight.Contribution;
import io.darkroom.analytics.insight.InsightScore;
import io.darkroom.analytics.insight.MeasureSeries;
import io.darkroom.analytics.insight.SeriesBuilder;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * The latest period against the one before it and against the same period a season earlier
 * (year over year at monthly grain), each decomposed by dimension. Significance compares the
 * change with how much the measure usually moves over the same lag, so a routine wobble ranks low.
 */
final class ChangeAnalyzer {
    private final DiagnosisOptions options;

    ChangeAnalyzer(DiagnosisOptions options) {
        this.options = options;
    }

    List<ChangeInsight> latest(SubjectFrame frame) {
        MeasureSeries s = frame.total();
        int last = s.size() - 1;
        if (last < 2 || frame.subject().dimensions().isEmpty()
                || !(frame.subject().fold().additive() || frame.subject().fold().ratio())) {
            return List.of();
        }
        int season = frame.grain().seasonalPeriod();
        java.util.ArrayList<ChangeInsight> out = new java.util.ArrayList<>();
        between(frame, last, last - 1).ifPresent(out::add);
        if (season > 1 && last - season >= 0) {
            between(frame, last, last - season).ifPresent(out::add);
        }
        return out;
    }

    Optional<ChangeInsight> between(SubjectFrame frame, int current, int baseline) {
        MeasureSeries s = frame.total();
        double now = s.value(current);
        double before = s.value(baseline);
        if (now == before) {
            return Optional.empty();
        }
        ChangeDiagnosis d = ChangeDiagnoser.diagnose(frame.series().rows(), frame.subject().fold(),
                col(SeriesBuilder.PERIOD).equalTo(lit(frame.start(current))),
                col(SeriesBuilder.PERIOD).equalTo(lit(frame.start(baseline))), 1.0, frame.subject().dimensions(), options);
        List<Contribution> path = RootCause.contributions(d, 3);
        String top = d.dimensions().isEmpty() ? null : d.dimensions().get(0).dimension();
        return Optional.of(new ChangeInsight(frame.subject(), frame.grain().name().toLowerCase(java.util.Locale.ROOT),
                frame.grain().label(frame.start(current)), frame.grain().label(frame.start(baseline)), now, before, top,
                path, score(s.values(), current - baseline, now - before), ""));
    }

    /** z of the change against the robust spread of all changes over the same lag in the history. */
    static InsightScore score(double[] v, int lag, double delta) {
        double[] diffs = new double[Math.max(0, v.length - lag)];
        for (int t = lag; t < v.length; t++) {
            diffs[t - lag] = v[t] - v[t - lag];
        }
        double z = Math.abs(delta) / Math.max(1e-9, 1.4826 * mad(diffs));
        double level = AnomalyAnalyzer.meanAbs(v);
        double magnitude = level > 0 ? InsightScore.squash(Math.abs(delta) / level, 0.5) : 0.5;
        return new InsightScore(InsightScore.squash(z, 3.5), magnitude, 1.0);
    }

    static double mad(double[] x) {
        if (x.length == 0) {
            return 0;
        }
        double med = median(x);
        return median(Arrays.stream(x).map(a -> Math.abs(a - med)).toArray());
    }

    static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
