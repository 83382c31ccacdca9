package io.darkroom.nlq.plan;

import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.Relation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shortest join paths between catalog tables along relations in their many-to-one direction
 * (foreign key → key), so a join never multiplies the base table's rows: order_details → orders →
 * customers, never customers → orders. A relation is only taken when its target column is unique in
 * its table (by the catalog's profile): discovery relates columns by shared values, and a product
 * name shared with a product-by-month sheet would repeat every row once per month and multiply sums.
 */
public final class JoinPaths {
    /** Joins below this relation confidence are not taken without asking. */
    static final double MIN_CONFIDENCE = 0.6;
    private static final int MAX_HOPS = 3;

    private final Map<String, List<Relation>> outgoing = new HashMap<>();
    private final List<Relation> fanOuts = new ArrayList<>();

    public JoinPaths(Catalog catalog) {
        for (Relation r : catalog.relations()) {
            if (r.confidence() < MIN_CONFIDENCE) {
                continue;
            }
            if (uniqueTarget(catalog, r)) {
                outgoing.computeIfAbsent(r.fromTable(), k -> new ArrayList<>()).add(r);
            } else {
                fanOuts.add(r);
            }
        }
    }

    /** A confident relation from {@code from} to {@code to} that is not taken because it would repeat rows. */
    public Optional<Relation> fanOut(String from, String to) {
        return fanOuts.stream().filter(r -> r.fromTable().equals(from) && r.toTable().equals(to)).findFirst();
    }

    private static boolean uniqueTarget(Catalog catalog, Relation r) {
        return catalog.table(r.toTable()).flatMap(t -> t.columns().stream().filter(c -> c.name().equals(r.toColumn())).findFirst()
                .map(c -> c.uniqueIn(t.rowCount()))).orElse(false);
    }

    /** The relations leading from {@code from} to {@code to}; empty list when they are the same table. */
    public Optional<List<Relation>> path(String from, String to) {
        if (from.equals(to)) {
            return Optional.of(List.of());
        }
        Map<String, Relation> via = new HashMap<>();
        Map<String, Integer> depth = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(from);
        depth.put(from, 0);
        while (!queue.isEmpty()) {
            String t = queue.poll();
            if (depth.get(t) >= MAX_HOPS) {
                continue;
            }
            for (Relation r : outgoing.getOrDefault(t, List.of())) {
                if (!depth.containsKey(r.toTable())) {
                    depth.put(r.toTable(), depth.get(t) + 1);
                    via.put(r.toTable(), r);
                    if (r.toTable().equals(to)) {
                        return Optional.of(unwind(via, from, to));
                    }
                    queue.add(r.toTable());
                }
            }
        }
        return Optional.empty();
    }

    private static List<Relation> unwind(Map<String, Relation> via, String from, String to) {
        List<Relation> out = new ArrayList<>();
        String t = to;
        while (!t.equals(from)) {
            Relation r = via.get(t);
            out.add(r);
            t = r.fromTable();
        }
        Collections.reverse(out);
        return out;
    }
}
