package io.darkroom.ingest.datasets;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Header texts to lower_snake_case column names: camelCase split ("orderDate" -> order_date,
 * "customerID" -> customer_id), accents dropped, '%' read as "pct", '#' as "no", everything else
 * folded to '_'. Empty headers become col_N (N = 1-based position); names starting with a digit
 * get "col_"; repeats get _2, _3 in order of appearance.
 */
final class ColumnNames {
    static final int MAX_LENGTH = 64;

    private ColumnNames() {
    }

    static List<String> normalise(List<String> labels) {
        List<String> names = new ArrayList<>(labels.size());
        Set<String> used = new HashSet<>();
        for (int i = 0; i < labels.size(); i++) {
            String base = snake(labels.get(i));
            if (base.isEmpty()) {
                base = "col_" + (i + 1);
            } else if (!Character.isLetter(base.charAt(0))) {
                base = "col_" + base;
            }
            if (base.length() > MAX_LENGTH) {
                base = base.substring(0, MAX_LENGTH).replaceAll("_+$", "");
            }
            String name = base;
            for (int n = 2; !used.add(name); n++) {
                name = base + "_" + n;
            }
            names.add(name);
        }
        return names;
    }

    static String snake(String label) {
        if (label == null) {
            return "";
        }
        String s = label.replace("ß", "ss").replace("%", " pct ").replace("#", " no ").replace("&", " and ");
        s = s.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2");
        s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }
}
