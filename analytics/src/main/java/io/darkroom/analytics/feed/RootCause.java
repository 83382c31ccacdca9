package io.darkroom.analytics.feed;

import io.darkroom.analytics.diagnose.Change;
import io.darkroom.analytics.diagnose.ChangeDiagnoser;
import io.darkroom.analytics.diagnose.ChangeDiagnosis;
import io.darkroom.analytics.diagnose.DecompositionTree;
import io.darkroom.analytics.diagnose.DiagnosisOptions;
import io.darkroom.analytics.diagnose.DimensionBreakdown;
import io.darkroom.analytics.diagnose.SegmentChange;
import io.darkroom.analytics.insight.Contribution;
import io.darkroom.analytics.insight.SeriesBuilder;
import org.apache.spark.sql.Column;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * Diagnoses a period of a subject against the average of the periods before it, and turns the
 * diagnosis into the contributions an insight carries: the decomposition-tree path first (the top
 * dimension's top segment, then the drill inside it), then the next dimensions' top segments.
 */
final class RootCause {
    /** How many earlier periods make "normal": half a year at monthly grain, enough to smooth noise, recent enough to matter. */
    static final int BASELINE_PERIODS = 6;

    private final DiagnosisOptions options;

    RootCause(DiagnosisOptions options) {
        this.options = options;
    }

    /** Observed period {@code index} vs the mean of up to {@link #BASELINE_PERIODS} periods before it. */
    ChangeDiagnosis ofPeriod(SubjectFrame frame, int index) {
        int from = Math.max(0, index - BASELINE_PERIODS);
        int k = index - from;
        if (k == 0 || frame.subject().dimensions().isEmpty() || !(frame.subject().fold().additive() || frame.subject().fold().ratio())) {
            return null;
        }
        LocalDate period = frame.start(index);
        Column current = col(SeriesBuilder.PERIOD).equalTo(lit(period));
        Column baseline = col(SeriesBuilder.PERIOD).geq(lit(frame.start(from))).and(col(SeriesBuilder.PERIOD).lt(lit(period)));
        return ChangeDiagnoser.diagnose(frame.series().rows(), frame.subject().fold(), current, baseline, 1.0 / k,
                frame.subject().dimensions(), options);
    }

    static List<Contribution> contributions(ChangeDiagnosis d, int limit) {
        List<Contribution> out = new ArrayList<>();
        if (d == null || d.status() != ChangeDiagnosis.Status.DIAGNOSED) {
            return out;
        }
        for (DecompositionTree.Step step : d.tree().steps()) {
            out.add(of(step.node()));
        }
        for (DimensionBreakdown b : d.dimensions()) {
            if (out.size() >= limit) {
                break;
            }
            if (!b.segments().isEmpty()) {
                Contribution c = of(b.segments().get(0));
                if (out.stream().noneMatch(x -> x.segment().equals(c.segment()))) {
                    out.add(c);
                }
            }
        }
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    static Contribution of(SegmentChange s) {
        Change c = s.change();
        double mix = c instanceof Change.Ratio r ? r.mixEffect() : Double.NaN;
        double rate = c instanceof Change.Ratio r ? r.rateEffect() : Double.NaN;
        return new Contribution(s.segment(), c.baseline(), c.current(), c.contribution(), c.share(), mix, rate);
    }
}
