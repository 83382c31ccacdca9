package io.darkroom.app.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogTable;
import io.darkroom.core.catalog.ColumnProfile;
import io.darkroom.core.catalog.Dimension;
import io.darkroom.core.catalog.Measure;
import io.darkroom.core.catalog.ValueCount;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Autocomplete entries from the catalog: measures, dimensions, their frequent values, and example questions. */
final class Suggestions {
    /** One entry; {@code name} for measures and dimensions, {@code column} and {@code count} for values. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(String text, String kind, String table, String name, String column, Long count) {
    }

    private record Candidate(Item item, List<String> words, int kindOrder) {
    }

    private final Catalog catalog;
    private final List<Candidate> candidates = new ArrayList<>();

    Suggestions(Catalog catalog) {
        this.catalog = catalog;
        for (CatalogTable t : catalog.tables()) {
            for (Measure m : t.measures()) {
                List<String> words = new ArrayList<>(m.synonyms());
                words.addAll(catalog.synonyms().getOrDefault(m.name(), List.of()));
                candidates.add(new Candidate(new Item(m.label(), "measure", t.name(), m.name(), null, null), words, 0));
            }
            for (Dimension d : t.dimensions()) {
                List<String> words = new ArrayList<>(d.synonyms());
                candidates.add(new Candidate(new Item(d.label(), "dimension", t.name(), d.name(), d.column(), null), words, 1));
                if (d.time()) {
                    continue;
                }
                for (ColumnProfile c : t.columns()) {
                    if (!c.name().equals(d.column())) {
                        continue;
                    }
                    for (ValueCount v : c.topValues()) {
                        candidates.add(new Candidate(new Item(v.value(), "value", t.name(), null, c.name(), v.count()),
                                catalog.valueSynonyms(t.name(), c.name(), v.value()), 2));
                    }
                }
            }
            candidates.add(new Candidate(new Item(t.label(), "table", t.name(), t.name(), null, null), List.of(), 3));
        }
    }

    /** Entries whose text, a later word of it, or a synonym starts with the prefix; the most useful first. */
    List<Item> matching(String prefix, int limit) {
        String p = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        Set<Item> seen = new LinkedHashSet<>();
        candidates.stream()
                .filter(c -> p.isEmpty() || matches(c, p))
                .sorted(Comparator.comparingInt((Candidate c) -> startsText(c, p) ? 0 : 1)
                        .thenComparingInt(Candidate::kindOrder)
                        .thenComparing(c -> -(c.item().count() == null ? 0 : c.item().count()))
                        .thenComparing(c -> c.item().text()))
                .forEach(c -> seen.add(c.item()));
        return seen.stream().limit(limit).toList();
    }

    /** A few questions that this catalog can answer, to show an empty ask box what to do. */
    List<String> examples() {
        List<String> out = new ArrayList<>();
        for (CatalogTable t : catalog.tables()) {
            Measure m = t.measures().isEmpty() ? null : t.measures().get(0);
            Dimension time = t.dimensions().stream().filter(Dimension::time).findFirst().orElse(null);
            Dimension cat = t.dimensions().stream().filter(d -> !d.time()).findFirst().orElse(null);
            if (m == null) {
                continue;
            }
            if (time != null) {
                out.add(m.label() + " by " + time.label());
            }
            if (cat != null) {
                out.add("top 5 " + cat.label() + " by " + m.label());
            }
            if (out.size() >= 4) {
                break;
            }
        }
        return out;
    }

    private static boolean matches(Candidate c, String p) {
        if (startsText(c, p)) {
            return true;
        }
        for (String w : c.item().text().toLowerCase(Locale.ROOT).split("[\\s_]+")) {
            if (w.startsWith(p)) {
                return true;
            }
        }
        return c.words().stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).startsWith(p));
    }

    private static boolean startsText(Candidate c, String p) {
        return c.item().text().toLowerCase(Locale.ROOT).startsWith(p);
    }
}
