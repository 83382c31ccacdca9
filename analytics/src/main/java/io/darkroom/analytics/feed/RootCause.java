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

    /**
     * The segments that account for the change, most telling first. Each dimension's top segment
     * competes; for additive measures the winner is the one whose share of the total moved most
     * (Adtributor's "surprise", the Jensen-Shannon divergence between its baseline and current
     * share, Bhagwan et al., NSDI 2014) among those that carry at least {@link #MIN_SHARE} of the
     * change; for ratios, the largest contribution. The winner is followed by the drill-down beneath
     * it when the tree went that way. Ranking this way, not by the dimension score, keeps a column of
     * hundreds of small values (customers, senders), whose noise adds up, and a broad column (region)
     * that merely contains the spike, from pushing aside the one product that carries it.
     */
    static List<Contribution> contributions(ChangeDiagnosis d, int limit) {
        List<Contribution> out = new ArrayList<>();
        if (d == null || d.status() != ChangeDiagnosis.Status.DIAGNOSED) {
            return out;
        }
        List<Contribution> tops = new ArrayList<>();
        for (DimensionBreakdown b : d.dimensions()) {
            b.segments().stream().filter(x -> Double.isFinite(x.change().share()) && x.segment().conditions().stream()
                    .allMatch(c -> c.value() != null)).findFirst().map(RootCause::of).ifPresent(tops::add);
        }
        if (tops.isEmpty()) {
            return out;
        }
        boolean additive = d.aggregation() == io.darkroom.core.catalog.Aggregation.COUNT
                || d.aggregation() == io.darkroom.core.catalog.Aggregation.SUM;
        tops.sort(java.util.Comparator.comparingDouble((Contribution c) -> -telling(c, d, additive)));
        Contribution first = tops.get(0);
        out.add(first);
        List<DecompositionTree.Step> steps = d.tree().steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).node().segment().equals(first.segment())) {
                for (DecompositionTree.Step step : steps.subList(i + 1, steps.size())) {
                    out.add(of(step.node()));
                }
                break;
            }
        }
        for (Contribution c : tops.subList(1, tops.size())) {
            if (out.size() >= limit) {
                break;
            }
            out.add(c);
        }
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /** A segment must carry this share of the change to be named as its cause. */
    static final double MIN_SHARE = 0.3;

    private static double telling(Contribution c, ChangeDiagnosis d, boolean additive) {
        double share = Math.min(Math.abs(c.share()), 1.0);
        if (!additive) {
            return share;
        }
        if (share < MIN_SHARE) {
            return share / 10;
        }
        double p = d.baseline() == 0 ? 0 : c.baseline() / d.baseline();
        double q = d.current() == 0 ? 0 : c.current() / d.current();
        return 1 + surprise(p, q);
    }

    /** Jensen-Shannon divergence of a two-outcome split (this segment vs the rest) between baseline and current. */
    static double surprise(double p, double q) {
        return 0.5 * (kl(p, (p + q) / 2) + kl(q, (p + q) / 2)) + 0.5 * (kl(1 - p, 1 - (p + q) / 2) + kl(1 - q, 1 - (p + q) / 2));
    }

    private static double kl(double x, double m) {
        return x <= 0 || m <= 0 ? 0 : x * Math.log(x / m);
    }

    static Contribution of(SegmentChange s) {
        Change c = s.change();
        double mix = c instanceof Change.Ratio r ? r.mixEffect() : Double.NaN;
        double rate = c instanceof Change.Ratio r ? r.rateEffect() : Double.NaN;
        return new Contribution(s.segment(), c.baseline(), c.current(), c.contribution(), c.share(), mix, rate);
    }
}
