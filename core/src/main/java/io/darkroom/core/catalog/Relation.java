package io.darkroom.core.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Objects;

/**
 * A join key discovered between two tables (or a table and document entities), with its evidence.
 *
 * <p>An entity relation ({@link #entityType()} not null) links a dataset's text column to the
 * {@code entities} table: {@code fromTable.fromColumn}, folded the way enrichment folds names,
 * equals {@code entities.canonical} of mentions of that type. It says which documents speak of a
 * row ("e-mails mentioning this customer"); it is never a unique key.
 *
 * @param containment share of the smaller side's distinct values found on the other side, 0..1
 * @param nameSimilarity similarity of the two column names, 0..1
 * @param confidence combined score, 0..1; relations below the builder's threshold are not kept
 * @param entityType for an entity relation the mention type (ORGANIZATION, PERSON, LOCATION), else null
 */
public record Relation(String fromTable, String fromColumn, String toTable, String toColumn,
                       double containment, double nameSimilarity, double confidence, String entityType) {
    @JsonCreator
    public Relation {
        Objects.requireNonNull(fromTable, "fromTable");
        Objects.requireNonNull(fromColumn, "fromColumn");
        Objects.requireNonNull(toTable, "toTable");
        Objects.requireNonNull(toColumn, "toColumn");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("Cannot relate " + fromTable + "." + fromColumn + " with confidence " + confidence);
        }
    }

    /** A relation between two tables. */
    public Relation(String fromTable, String fromColumn, String toTable, String toColumn,
                    double containment, double nameSimilarity, double confidence) {
        this(fromTable, fromColumn, toTable, toColumn, containment, nameSimilarity, confidence, null);
    }

    /** Whether this links a column to document entities rather than to another table. */
    @JsonIgnore
    public boolean isEntityLink() {
        return entityType != null;
    }
}
