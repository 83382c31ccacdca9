package io.darkroom.nlq.resolve;

import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogTable;
import io.darkroom.core.catalog.ColumnProfile;
import io.darkroom.core.catalog.Dimension;
import io.darkroom.core.catalog.Measure;
import io.darkroom.core.catalog.ValueCount;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every phrase the catalog answers to, by matching key ({@link Words#key}): table labels, measure and
 * dimension labels and synonyms (the catalog's and the measures'/dimensions' own), column labels
 * qualified by their table ("customer country"), and the value index. Built once per catalog.
 */
public final class CatalogIndex {
    /** A target reachable by a key, with how good that key is as a name for it (1 = its label). */
    public record Entry(Target target, double weight, Match.How how) {
    }

    private static final Set<String> GENERIC = Set.of("count", "row", "record", "number", "total", "value", "sum", "amount");
    private static final int MAX_VALUE_WORDS = 6;

    private final Map<String, List<Entry>> byKey = new HashMap<>();
    private final Map<Integer, List<String>> keysByLength = new HashMap<>();
    private final Catalog catalog;

    public CatalogIndex(Catalog catalog) {
        this.catalog = catalog;
        for (CatalogTable t : catalog.tables()) {
            indexTable(t);
        }
        for (String key : byKey.keySet()) {
            keysByLength.computeIfAbsent(key.length(), k -> new ArrayList<>()).add(key);
        }
    }

    public Catalog catalog() {
        return catalog;
    }

    public List<Entry> exact(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** Keys within the typo tolerance of {@code key}, closest first; empty when the key is exact or too short. */
    public List<String> near(String key) {
        int tolerance = Words.tolerance(key.length());
        if (tolerance == 0) {
            return List.of();
        }
        Map<String, Integer> found = new LinkedHashMap<>();
        for (int len = key.length() - tolerance; len <= key.length() + tolerance; len++) {
            for (String candidate : keysByLength.getOrDefault(len, List.of())) {
                int d = Words.distance(key, candidate, tolerance);
                if (d <= tolerance && d <= Words.tolerance(candidate.length())) {
                    found.put(candidate, d);
                }
            }
        }
        int best = found.values().stream().min(Integer::compare).orElse(Integer.MAX_VALUE);
        return found.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
    }

    /** Catalog terms closest to a word, for "did you mean ...?". */
    public List<String> suggestions(String word, int limit) {
        String key = Words.key(word);
        List<String> out = new ArrayList<>();
        for (int tolerance = 1; tolerance <= 3 && out.size() < limit; tolerance++) {
            for (Map.Entry<String, List<Entry>> e : byKey.entrySet()) {
                if (out.size() >= limit) {
                    break;
                }
                if (!(e.getValue().get(0).target() instanceof Target.ValueTarget) && Words.distance(key, e.getKey(), tolerance) <= tolerance
                        && !out.contains(e.getValue().get(0).target().describe())) {
                    out.add(e.getValue().get(0).target().describe());
                }
            }
        }
        return out;
    }

    private void indexTable(CatalogTable t) {
        Target table = new Target.TableTarget(t);
        List<String> tableWords = Words.split(t.label());
        String entity = tableWords.isEmpty() ? "" : Words.singular(tableWords.get(tableWords.size() - 1));
        add(t.label(), table, 1.0, Match.How.EXACT);
        add(entity, table, 0.95, Match.How.EXACT);
        synonyms(t.name(), table);
        for (Measure m : t.measures()) {
            if (m.aggregation() == Aggregation.COUNT) {
                // Counting is asked by naming the thing counted: its words lead to the table.
                m.synonyms().stream().filter(s -> !GENERIC.contains(Words.key(s)) && !s.equals(t.label())).forEach(s -> add(s, table, 0.9, Match.How.SYNONYM));
                continue;
            }
            Target target = new Target.MeasureTarget(m);
            add(m.label(), target, 1.0, Match.How.EXACT);
            m.synonyms().stream().filter(s -> !GENERIC.contains(Words.key(s))).forEach(s -> add(s, target, 0.85, Match.How.SYNONYM));
            if (m.aggregation() == Aggregation.SUM) {
                String bare = m.label().replaceFirst("^total ", "");
                add(bare, target, 0.95, Match.How.EXACT);
                add(entity + " " + bare, target, 1.0, Match.How.EXACT);
                partials(bare, target, "total ", 0.7);
            } else if (m.aggregation() == Aggregation.AVERAGE && m.label().startsWith("average ")) {
                partials(m.label().substring("average ".length()), target, "average ", 0.0);
            }
            synonyms(m.name(), target);
        }
        for (Dimension d : t.dimensions()) {
            Target target = new Target.DimensionTarget(d);
            add(d.label(), target, 1.0, Match.How.EXACT);
            qualified(entity, d.label(), target);
            d.synonyms().stream().filter(s -> !GENERIC.contains(Words.key(s))).forEach(s -> add(s, target, 0.8, Match.How.SYNONYM));
            // The head word alone ("type" for "doc type"), weaker than any full label that uses it.
            List<String> words = Words.split(d.label());
            if (words.size() > 1) {
                add(words.get(words.size() - 1), target, 0.7, Match.How.SYNONYM);
            }
            synonyms(d.name(), target);
        }
        for (ColumnProfile c : t.columns()) {
            Target target = new Target.ColumnTarget(t.name(), c);
            add(c.label(), target, 0.8, Match.How.EXACT);
            partials(c.label(), target, null, 0.55);
            qualified(entity, c.label(), target);
            for (ValueCount v : c.topValues()) {
                Target.ValueTarget value = new Target.ValueTarget(t.name(), c.name(), c.label(), v.value(), v.count());
                // A user's word for a value counts even when the value itself is a code no one would type.
                catalog.valueSynonyms(t.name(), c.name(), v.value()).forEach(w -> add(w, value, 0.9, Match.How.SYNONYM));
                String key = Words.key(v.value());
                int words = key.isEmpty() ? 0 : key.split(" ").length;
                if (key.length() < 2 || words > MAX_VALUE_WORDS || Words.STOP.contains(key) || key.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                add(v.value(), value, 1.0, Match.How.EXACT);
                for (String part : valueParts(v.value())) {
                    add(part, value, 0.75, Match.How.SYNONYM);
                }
            }
        }
    }

    /**
     * A multi-word name is also asked by part of it: its leading or trailing words ("net revenue" for
     * "net revenue eur", "points" for "points scored"), weaker than any full name so that a column or
     * value named exactly by those words wins. {@code aggregationWord} ("total ", "average ") adds the
     * part with that word in front at 0.9, so "average net revenue" picks the average, not the sum;
     * {@code bareWeight} 0 leaves the bare part to the other measure.
     */
    private void partials(String label, Target target, String aggregationWord, double bareWeight) {
        List<String> words = Words.split(label);
        for (int n = 1; n < words.size(); n++) {
            for (List<String> part : List.of(words.subList(0, n), words.subList(words.size() - n, words.size()))) {
                String phrase = String.join(" ", part);
                // "the customer" of "signed for the customer" would beat the exact "customer" by being longer.
                if (Words.STOP.contains(part.get(0)) || Words.STOP.contains(part.get(part.size() - 1))
                        || part.stream().allMatch(w -> w.chars().allMatch(Character::isDigit))) {
                    continue;
                }
                if (bareWeight > 0) {
                    add(phrase, target, bareWeight, Match.How.SYNONYM);
                }
                if (aggregationWord != null) {
                    add(aggregationWord + phrase, target, 0.9, Match.How.SYNONYM);
                }
            }
        }
    }

    /**
     * Shorter ways people name a cell: without its trailing notes in brackets ("Wolfe Tones (GAA)", "Canada [2]"), and
     * each part of a comma list ("Bangkok, Thailand" is asked as "Bangkok"). Never a part that is a stop word, digits
     * only, or one character.
     */
    static List<String> valueParts(String value) {
        List<String> out = new ArrayList<>();
        String bare = value.replaceAll("(\\s*(\\([^)]*\\)|\\[[^\\]]*\\]|[*†‡#]))+\\s*$", "").strip();
        if (!bare.isEmpty() && !bare.equals(value.strip())) {
            out.add(bare);
        }
        String[] parts = bare.split("\\s*,\\s*");
        if (parts.length > 1) {
            for (String p : parts) {
                String key = Words.key(p);
                if (key.length() > 1 && !Words.STOP.contains(key) && !key.chars().allMatch(ch -> Character.isDigit(ch) || ch == ' ')) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private void qualified(String entity, String label, Target target) {
        if (!entity.isEmpty() && !Words.key(label).startsWith(entity)) {
            add(entity + " " + label, target, 1.0, Match.How.EXACT);
        }
    }

    private void synonyms(String name, Target target) {
        for (String s : catalog.synonyms().getOrDefault(name, List.of())) {
            add(s, target, 0.9, Match.How.SYNONYM);
        }
    }

    private void add(String phrase, Target target, double weight, Match.How how) {
        String key = Words.key(phrase);
        if (key.isEmpty() || Words.STOP.contains(key)) {
            return;
        }
        List<Entry> entries = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).target().equals(target)) {
                if (entries.get(i).weight() < weight) {
                    entries.set(i, new Entry(target, weight, how));
                }
                return;
            }
        }
        entries.add(new Entry(target, weight, how));
    }
}
