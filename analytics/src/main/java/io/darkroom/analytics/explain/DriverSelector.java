package io.darkroom.analytics.explain;

import io.darkroom.analytics.insight.Segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Turns counted candidate segments into ranked drivers: the gates, then three pruning rules, then
 * the score. No Spark: everything here works on {@link SegmentCounts}, which subtract exactly.
 *
 * <p>Gates (all must hold, {@link DriverOptions}): rows, support, risk ratio, significance against
 * the rest after the Benjamini-Hochberg adjustment over every segment that met the rows and support
 * gates ({@link FalseDiscovery}), and for a continuous target a mean on the explained side of the
 * rest's. The pruning tests below are checks on a segment already found, so they use plain
 * p-values.
 *
 * <p>Pruning, so that one effect is reported once, at the right granularity:
 * <ol>
 *   <li>A combination must beat its best parent (the subset one condition shorter with the highest
 *       risk ratio): its risk ratio at least {@code minRiskRatioGain} times the parent's, and its
 *       outlier rate (outcome) or mean (continuous) significantly different from the rest of that
 *       parent. Otherwise the added condition explains nothing the parent did not.</li>
 *   <li>A segment is dropped when a reported combination inside it explains it: if the segment's
 *       rows outside that combination would not pass the gates themselves, the segment was only
 *       high because of the combination ("product X" when only "product X and region East" is
 *       high).</li>
 *   <li>A driver is dropped when a stronger, overlapping driver explains it ({@link #unconfounded}).</li>
 * </ol>
 */
final class DriverSelector {
    private final DriverTarget target;
    private final DriverOptions options;
    private final SegmentCounts total;
    private final double excess;

    /**
     * @param total             counts over all rows, the target centred on its mean for a continuous target
     * @param totalAbsDeviation sum over all rows of |target - mean|; half of it is the total excess on either side
     */
    DriverSelector(DriverTarget target, DriverOptions options, SegmentCounts total, double totalAbsDeviation) {
        this.target = target;
        this.options = options;
        this.total = total;
        this.excess = totalAbsDeviation / 2;
    }

    /** Result: drivers strongest first with their item-set keys, and how many candidates were tested. */
    record Selection(List<Ranked> ranked, int tested) {
        Selection {
            ranked = List.copyOf(ranked);
        }

        List<KeyDriver> drivers() {
            return ranked.stream().map(Ranked::driver).toList();
        }
    }

    record Ranked(long key, KeyDriver driver) {
    }

    /** Two reported drivers whose common rows must be counted: {@code segment} is ranked below {@code stronger}. */
    record Overlap(long segment, long stronger) {
    }

    /**
     * @param candidates counts per item-set key; every parent of a combination must be present
     * @param segments   turns a key into the driver's segment
     * @param mean       the target's overall mean, added back to centred means (0 for an outcome)
     */
    Selection select(Map<Long, SegmentCounts> candidates, LongFunction<Segment> segments, double mean) {
        List<Long> tested = new ArrayList<>();
        for (Map.Entry<Long, SegmentCounts> candidate : candidates.entrySet()) {
            if (bigEnough(candidate.getValue())) {
                tested.add(candidate.getKey());
            }
        }
        double[] raw = new double[tested.size()];
        for (int i = 0; i < raw.length; i++) {
            SegmentCounts inside = candidates.get(tested.get(i));
            raw[i] = pValue(inside, total.minus(inside));
        }
        double[] adjusted = FalseDiscovery.adjust(raw);
        Map<Long, Double> pValues = new HashMap<>();
        for (int i = 0; i < adjusted.length; i++) {
            SegmentCounts inside = candidates.get(tested.get(i));
            if (passes(inside, total.minus(inside), adjusted[i])) {
                pValues.put(tested.get(i), adjusted[i]);
            }
        }
        Set<Long> kept = new HashSet<>();
        for (long key : pValues.keySet()) {
            if (beatsBestParent(key, candidates)) {
                kept.add(key);
            }
        }
        Set<Long> explained = new HashSet<>();
        for (long key : kept) {
            for (long child : kept) {
                if (child != key && ItemSets.contains(child, key) && explainedBy(candidates.get(key), candidates.get(child))) {
                    explained.add(key);
                    break;
                }
            }
        }
        kept.removeAll(explained);
        List<Ranked> ranked = new ArrayList<>();
        for (long key : kept) {
            ranked.add(new Ranked(key, driver(segments.apply(key), candidates.get(key), pValues.get(key), mean)));
        }
        ranked.sort(Comparator.comparingDouble((Ranked r) -> r.driver().score()).reversed()
                .thenComparing(r -> r.driver().segment().conditions().size())
                .thenComparing(r -> r.driver().segment().toString()));
        // Confounding checks cost a pair count each: only the head of the list can be reported anyway.
        return new Selection(ranked.subList(0, Math.min(ranked.size(), 2 * options.maxDrivers())), tested.size());
    }

    /** Pairs of drivers, neither inside the other, whose common rows {@link #unconfounded} needs. */
    List<Overlap> overlaps(Selection selection) {
        List<Overlap> overlaps = new ArrayList<>();
        List<Ranked> ranked = selection.ranked();
        for (int i = 1; i < ranked.size(); i++) {
            for (int j = 0; j < i; j++) {
                long segment = ranked.get(i).key();
                long stronger = ranked.get(j).key();
                if (!ItemSets.contains(segment, stronger) && !ItemSets.contains(stronger, segment)) {
                    overlaps.add(new Overlap(segment, stronger));
                }
            }
        }
        return overlaps;
    }

    /**
     * The third pruning rule: a driver is dropped when a stronger reported driver explains it, that
     * is when its rows outside the stronger driver no longer pass the gates against the other rows
     * outside it. A segment that merely over-samples a strong driver's rows (by chance or by
     * correlation) shows a borrowed effect; stratifying on the stronger driver removes it, while an
     * effect of its own survives. Stronger drivers are settled first, and one that was dropped
     * explains nothing. Cut to {@code maxDrivers}.
     *
     * @param common rows in both drivers of each pair from {@link #overlaps}
     */
    Selection unconfounded(Selection selection, Map<Overlap, SegmentCounts> common, Map<Long, SegmentCounts> candidates) {
        List<Ranked> kept = new ArrayList<>();
        for (Ranked driver : selection.ranked()) {
            boolean borrowed = false;
            for (Ranked stronger : kept) {
                SegmentCounts both = common.get(new Overlap(driver.key(), stronger.key()));
                if (both == null) {
                    continue;
                }
                SegmentCounts inside = candidates.get(driver.key()).minus(both);
                SegmentCounts rest = total.minus(candidates.get(stronger.key())).minus(inside);
                if (!passes(inside, rest, pValue(inside, rest))) {
                    borrowed = true;
                    break;
                }
            }
            if (!borrowed) {
                kept.add(driver);
            }
        }
        return new Selection(kept.subList(0, Math.min(kept.size(), options.maxDrivers())), selection.tested());
    }

    private boolean bigEnough(SegmentCounts inside) {
        return inside.rows() >= options.minRows() && support(inside) >= options.minSupport();
    }

    private boolean passes(SegmentCounts inside, SegmentCounts rest, double p) {
        if (!bigEnough(inside) || rest.rows() == 0) {
            return false;
        }
        double riskRatio = inside.riskRatio(rest);
        // An outcome's gate on the risk ratio already fixes the side; a mean can disagree with it.
        boolean rightSide = target instanceof DriverTarget.Outcome
                || (target.direction() == Direction.HIGH ? inside.mean() > rest.mean() : inside.mean() < rest.mean());
        return rightSide && riskRatio >= options.minRiskRatio() && p <= options.maxPValue();
    }

    private boolean beatsBestParent(long key, Map<Long, SegmentCounts> candidates) {
        long bestParent = 0;
        double bestRatio = Double.NEGATIVE_INFINITY;
        for (long parent : ItemSets.parents(key)) {
            SegmentCounts counts = candidates.get(parent);
            if (counts == null) {
                throw new IllegalStateException("Cannot prune " + key + ": parent " + parent + " was not counted");
            }
            double ratio = counts.riskRatio(total.minus(counts));
            if (ratio > bestRatio || bestParent == 0) {
                bestRatio = ratio;
                bestParent = parent;
            }
        }
        if (bestParent == 0) {
            return true;
        }
        SegmentCounts inside = candidates.get(key);
        SegmentCounts parent = candidates.get(bestParent);
        double ratio = inside.riskRatio(total.minus(inside));
        return ratio >= options.minRiskRatioGain() * bestRatio
                && pValue(inside, parent.minus(inside)) <= options.maxPValue();
    }

    private boolean explainedBy(SegmentCounts segment, SegmentCounts child) {
        SegmentCounts remainder = segment.minus(child);
        SegmentCounts rest = total.minus(remainder);
        return !passes(remainder, rest, pValue(remainder, rest));
    }

    private double pValue(SegmentCounts inside, SegmentCounts rest) {
        if (target instanceof DriverTarget.Outcome) {
            return FisherExact.twoSided(inside.outliers(), inside.rows() - inside.outliers(), rest.outliers(),
                    rest.rows() - rest.outliers());
        }
        return WelchTest.twoSided(inside, rest);
    }

    private double support(SegmentCounts inside) {
        return total.outliers() == 0 ? 0 : (double) inside.outliers() / total.outliers();
    }

    private KeyDriver driver(Segment segment, SegmentCounts inside, double p, double mean) {
        SegmentCounts rest = total.minus(inside);
        double riskRatio = inside.riskRatio(rest);
        double support = support(inside);
        double score = support * (1 - 1 / riskRatio);
        if (target instanceof DriverTarget.Outcome) {
            return new KeyDriver(segment, inside.rows(), inside.outliers(), inside.outlierRate(), rest.outlierRate(),
                    riskRatio, riskRatio, inside.outliers(), support, support, p, score);
        }
        double value = mean + inside.mean();
        double control = mean + rest.mean();
        // The centred sum is rows x (segment mean - overall mean): the segment's excess.
        double contribution = (target.direction() == Direction.HIGH ? 1 : -1) * inside.sum();
        return new KeyDriver(segment, inside.rows(), inside.outliers(), value, control,
                control > 0 && value >= 0 ? value / control : Double.NaN, riskRatio, contribution,
                excess == 0 ? 0 : contribution / excess, support, p, score);
    }
}
