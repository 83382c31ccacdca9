package io.darkroom.nlq.plan;

import io.darkroom.core.catalog.Relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rows a plan reads: a base table, the many-to-one joins (catalog relations, from the base
 * outwards) that bring other tables' columns, row conditions and an optional date filter.
 */
public record Scope(String table, List<Relation> joins, List<Condition> conditions, DateFilter date) {
    public Scope {
        Objects.requireNonNull(table, "table");
        joins = List.copyOf(joins);
        conditions = List.copyOf(conditions);
    }

    public static Scope of(String table) {
        return new Scope(table, List.of(), List.of(), null);
    }

    public Scope withDate(DateFilter newDate) {
        return new Scope(table, joins, conditions, newDate);
    }

    /** Replaces conditions on the same column (a follow-up "and in France?" replaces Germany) or adds. */
    public Scope withCondition(Condition c, List<Relation> path) {
        List<Condition> out = new ArrayList<>();
        for (Condition old : conditions) {
            if (!old.column().equals(c.column())) {
                out.add(old);
            }
        }
        out.add(c);
        return new Scope(table, union(joins, path), out, date);
    }

    public Scope withJoins(List<Relation> path) {
        return new Scope(table, union(joins, path), conditions, date);
    }

    private static List<Relation> union(List<Relation> a, List<Relation> b) {
        List<Relation> out = new ArrayList<>(a);
        for (Relation r : b) {
            if (!out.contains(r)) {
                out.add(r);
            }
        }
        return out;
    }
}
