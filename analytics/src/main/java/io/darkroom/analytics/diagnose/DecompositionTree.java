package io.darkroom.analytics.diagnose;

import java.util.List;
import java.util.Objects;

/**
 * The drill path: the root (all rows) split by its best dimension, its top segment split by the
 * next best dimension, and so on. Each step's segment carries the whole path (product = X, then
 * product = X and region = East) and its numbers; its share is of its parent's change.
 *
 * @param steps   from the root down; empty when the root's change could not be split
 * @param stopped why the tree stops where it does
 */
public record DecompositionTree(List<Step> steps, StopReason stopped) {
    public DecompositionTree {
        steps = List.copyOf(steps);
        Objects.requireNonNull(stopped, "stopped");
    }

    /** The deepest segment reached, if any. */
    public java.util.Optional<SegmentChange> leaf() {
        return steps.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(steps.get(steps.size() - 1).node());
    }

    /**
     * @param split the parent's breakdown by the best-scoring remaining dimension
     * @param node  that breakdown's top segment in the direction of the parent's change
     */
    public record Step(DimensionBreakdown split, SegmentChange node) {
        public Step {
            Objects.requireNonNull(split, "split");
            Objects.requireNonNull(node, "node");
        }
    }

    public enum StopReason {
        /** The path has {@link DiagnosisOptions#maxDepth()} conditions. */
        MAX_DEPTH,
        /** Every candidate dimension is already on the path. */
        NO_DIMENSIONS_LEFT,
        /**
         * Every remaining dimension splits the node's change in proportion to its values' sizes
         * (score 0): a further level would restate the node, not explain it.
         */
        SPREAD_IN_PROPORTION,
        /** The best segment carries less than {@link DiagnosisOptions#minShareToDrill()} of its parent's change. */
        SHARE_TOO_SMALL,
        /**
         * The node has no rows in one period: all its parts appeared or vanished with it (and a ratio
         * is undefined there), so a further split says nothing new.
         */
        APPEARED_OR_VANISHED,
        /** The node's own value did not change (a ratio segment whose contribution was pure mix). */
        NO_CHANGE,
        /** The diagnosis itself had nothing to split (see {@link ChangeDiagnosis.Status}). */
        NOT_DIAGNOSED
    }
}
