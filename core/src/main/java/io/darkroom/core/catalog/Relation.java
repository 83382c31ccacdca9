package io.darkroom.core.catalog;

import java.util.Objects;

/**
 * A join key discovered between two tables (or a table and document entities), with its evidence.
 *
 * @param containment share of the smaller side's distinct values found on the other side, 0..1
 * @param nameSimilarity similarity of the two column names, 0..1
 * @param confidence combined score, 0..1; relations below the builder's threshold are not kept
 */
public record Relation(String fromTable, String fromColumn, String toTable, String toColumn,
                       double containment, double nameSimilarity, double confidence) {
    public Relation {
        Objects.requireNonNull(fromTable, "fromTable");
        Objects.requireNonNull(fromColumn, "fromColumn");
        Objects.requireNonNull(toTable, "toTable");
        Objects.requireNonNull(toColumn, "toColumn");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("Cannot relate " + fromTable + "." + fromColumn + " with confidence " + confidence);
        }
    }
}
