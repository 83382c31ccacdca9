package io.darkroom.analytics.diagnose;

import io.darkroom.analytics.insight.MeasureFold;
import org.apache.spark.sql.Column;

import java.util.List;

import static org.apache.spark.sql.functions.try_divide;

/**
 * The arithmetic of a change for one kind of measure: additive (COUNT, SUM), where a part's
 * contribution is its own change, or ratio (AVERAGE, SHARE), where it is a mix + rate effect.
 * The same formula exists twice, once on doubles for the result and once as a Spark column that
 * ranks a dimension's values before they leave the cluster; {@code ChangeModelTest} pins both.
 */
sealed interface ChangeModel permits ChangeModel.AdditiveModel, ChangeModel.RatioModel {

    /** The model for a measure; throws the measure's "cannot split" error for DISTINCT_COUNT, MIN and MAX. */
    static ChangeModel of(MeasureFold fold) {
        fold.numerator();
        return fold.additive() ? new AdditiveModel() : new RatioModel();
    }

    double baseline(SliceSums s);

    double current(SliceSums s);

    default double delta(SliceSums s) {
        return current(s) - baseline(s);
    }

    boolean hasBaseline(SliceSums total);

    boolean hasCurrent(SliceSums total);

    /** How {@code part} moved and what it contributes to the change of {@code parent} (which contains it). */
    Change change(SliceSums part, SliceSums parent);

    /**
     * How much of the parent's change a dimension whose values are {@code parts} explains; the
     * formulas and their reasons are on {@link DimensionBreakdown}.
     */
    double concentration(List<SliceSums> parts, SliceSums parent);

    /** {@link Change#contribution()} as a Spark column over per-part sums and their parent's totals. */
    Column contribution(Column n0, Column w0, Column n1, Column w1, Column parentN0, Column parentW0,
                        Column parentN1, Column parentW1);

    record AdditiveModel() implements ChangeModel {
        @Override
        public double baseline(SliceSums s) {
            return s.baselineNumerator();
        }

        @Override
        public double current(SliceSums s) {
            return s.currentNumerator();
        }

        @Override
        public boolean hasBaseline(SliceSums total) {
            return total.baselineRows() > 0;
        }

        @Override
        public boolean hasCurrent(SliceSums total) {
            return total.currentRows() > 0;
        }

        @Override
        public Change change(SliceSums part, SliceSums parent) {
            double contribution = part.currentNumerator() - part.baselineNumerator();
            return new Change.Additive(part.baselineNumerator(), part.currentNumerator(), part.baselineRows(),
                    part.currentRows(), contribution / delta(parent));
        }

        /** Excess over proportional growth: Σ |c_i - π_i·Δ| / 2|Δ|, π_i the part's share of the baseline. */
        @Override
        public double concentration(List<SliceSums> parts, SliceSums parent) {
            double delta = delta(parent);
            double excess = 0;
            for (SliceSums part : parts) {
                excess += Math.abs(change(part, parent).contribution() - proportionalShare(part, parent) * delta);
            }
            return excess / (2 * Math.abs(delta));
        }

        /** The part's share of the parent's change if everything grew in proportion to its baseline. */
        double proportionalShare(SliceSums part, SliceSums parent) {
            // A baseline SUM of exactly 0 (amounts that cancel) has no shares: fall back to row shares.
            return parent.baselineNumerator() != 0
                    ? part.baselineNumerator() / parent.baselineNumerator()
                    : (double) part.baselineRows() / parent.baselineRows();
        }

        @Override
        public Column contribution(Column n0, Column w0, Column n1, Column w1, Column parentN0, Column parentW0,
                                   Column parentN1, Column parentW1) {
            return n1.minus(n0);
        }
    }

    record RatioModel() implements ChangeModel {
        @Override
        public double baseline(SliceSums s) {
            return s.baselineWeight() > 0 ? s.baselineNumerator() / s.baselineWeight() : Double.NaN;
        }

        @Override
        public double current(SliceSums s) {
            return s.currentWeight() > 0 ? s.currentNumerator() / s.currentWeight() : Double.NaN;
        }

        @Override
        public boolean hasBaseline(SliceSums total) {
            return total.baselineWeight() > 0;
        }

        @Override
        public boolean hasCurrent(SliceSums total) {
            return total.currentWeight() > 0;
        }

        @Override
        public Change change(SliceSums part, SliceSums parent) {
            double w0 = part.baselineWeight() / parent.baselineWeight();
            double w1 = part.currentWeight() / parent.currentWeight();
            double r0 = baseline(part);
            double r1 = current(part);
            // Absent from one period: take the other period's ratio there, so its effect is all mix.
            double r0Filled = Double.isNaN(r0) ? (Double.isNaN(r1) ? 0 : r1) : r0;
            double r1Filled = Double.isNaN(r1) ? r0Filled : r1;
            double centre = (baseline(parent) + current(parent)) / 2;
            double rate = (w0 + w1) / 2 * (r1Filled - r0Filled);
            double mix = (w1 - w0) * ((r0Filled + r1Filled) / 2 - centre);
            return new Change.Ratio(r0, r1, w0, w1, part.baselineRows(), part.currentRows(), mix, rate,
                    (mix + rate) / delta(parent));
        }

        /**
         * (|Σ mix_i| + Σ |rate_i - w̄_i·Σ rate| / 2) / |Δ|: the whole mix shift (a change of
         * composition along this dimension is explained by it, however many values share it) plus the
         * rate change its values carry beyond their average weight w̄_i.
         */
        @Override
        public double concentration(List<SliceSums> parts, SliceSums parent) {
            List<Change.Ratio> changes = parts.stream().map(p -> (Change.Ratio) change(p, parent)).toList();
            double mix = changes.stream().mapToDouble(Change.Ratio::mixEffect).sum();
            double rate = changes.stream().mapToDouble(Change.Ratio::rateEffect).sum();
            double excessRate = 0;
            for (Change.Ratio c : changes) {
                excessRate += Math.abs(c.rateEffect() - (c.baselineWeight() + c.currentWeight()) / 2 * rate);
            }
            return (Math.abs(mix) + excessRate / 2) / Math.abs(delta(parent));
        }

        @Override
        public Column contribution(Column n0, Column w0, Column n1, Column w1, Column parentN0, Column parentW0,
                                   Column parentN1, Column parentW1) {
            // mix + rate = w1·r1 - w0·r0 - centre·(w1 - w0) = n1/W1 - n0/W0 - centre·(d1/W1 - d0/W0).
            // try_divide: an empty period yields null instead of failing under ANSI mode.
            Column centre = try_divide(parentN0, parentW0).plus(try_divide(parentN1, parentW1)).divide(2);
            return try_divide(n1, parentW1).minus(try_divide(n0, parentW0))
                    .minus(centre.multiply(try_divide(w1, parentW1).minus(try_divide(w0, parentW0))));
        }
    }
}
