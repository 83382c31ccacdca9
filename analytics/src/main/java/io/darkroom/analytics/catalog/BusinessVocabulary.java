package io.darkroom.analytics.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Built-in business synonyms: a word in a column or measure name brings the words people use for
 * it ("revenue" brings "sales" and "turnover"). Users add their own through the catalog's synonyms.
 */
final class BusinessVocabulary {
    private static final List<Set<String>> GROUPS = List.of(
            Set.of("revenue", "sales", "turnover", "income"),
            Set.of("customer", "client", "account", "buyer"),
            Set.of("supplier", "vendor", "provider"),
            Set.of("product", "item", "article", "sku"),
            Set.of("employee", "staff", "worker", "rep"),
            Set.of("amount", "value", "total", "sum"),
            Set.of("price", "cost", "rate"),
            Set.of("quantity", "qty", "units", "volume"),
            Set.of("order", "purchase"),
            Set.of("region", "area", "territory"),
            Set.of("country", "nation"),
            Set.of("city", "town"),
            Set.of("organization", "organisation", "company", "firm", "org"),
            Set.of("sender", "author", "from"),
            Set.of("date", "day", "when", "time"),
            Set.of("category", "group", "class"),
            Set.of("sentiment", "tone", "mood"),
            Set.of("type", "kind"),
            Set.of("document", "file", "doc"),
            Set.of("discount", "rebate", "reduction"),
            Set.of("freight", "shipping", "delivery"));

    private BusinessVocabulary() {
    }

    /** Synonyms for a label: vocabulary words of each of its words, and singular/plural forms. */
    static List<String> synonymsOf(String label) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : Labels.words(label)) {
            String singular = Labels.singular(word);
            for (Set<String> group : GROUPS) {
                if (group.contains(singular)) {
                    group.stream().sorted().filter(w -> !w.equals(singular)).forEach(out::add);
                }
            }
        }
        out.remove(label);
        return List.copyOf(out);
    }
}
