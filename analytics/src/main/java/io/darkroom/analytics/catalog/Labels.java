package io.darkroom.analytics.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Human wording of technical names: "OrderDate", "order_date" and "order-date" all read "order date". */
final class Labels {
    private Labels() {
    }

    static String of(String name) {
        return String.join(" ", words(name));
    }

    /** Lower-case words of a name, split on case changes, digits boundaries, '_', '-', '/', '.' and spaces. */
    static List<String> words(String name) {
        String spaced = name
                .replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2")
                .replaceAll("[_\\-/.\\s]+", " ")
                .trim()
                .toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : spaced.split(" ")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** A crude singular for matching ("invoices" → "invoice", "categories" → "category"). */
    static String singular(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
