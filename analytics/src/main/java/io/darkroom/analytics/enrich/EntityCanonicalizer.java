package io.darkroom.analytics.enrich;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The key under which mentions of one thing meet: "ACME Corp.", "Acme Corporation" and "Acme" all
 * give "acme"; "Dr. Jane Doe" and "Doe, Jane" give "jane doe". Folding is deliberately lossy (case,
 * accents, punctuation, legal-form suffixes, titles) because the catalog and facts group by it;
 * the surface text stays in the row.
 */
public final class EntityCanonicalizer {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> LEGAL_FORMS = Set.of(
            "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "plc",
            "co", "company", "gmbh", "ag", "kg", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "pty",
            "oy", "ab", "as", "se", "kgaa", "ug", "kft", "zrt", "sro", "aps", "asa");
    /** Legal forms of several words once folded: Polish "Sp. z o.o." (also written "Sp. z.o.o."). */
    private static final List<List<String>> LEGAL_PHRASES = List.of(List.of("sp", "z", "oo"), List.of("sp", "zoo"));
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam");

    private EntityCanonicalizer() {
    }

    /** The canonical name of a mention of the given type, or null for value types (MONEY, DATE, …). */
    public static String canonical(String type, String surface) {
        if (surface == null || surface.isBlank()) {
            return null;
        }
        return switch (type) {
            case "EMAIL" -> surface.strip().toLowerCase(Locale.ROOT);
            case "URL" -> url(surface);
            case "PERSON" -> emptyToNull(person(surface));
            case "ORGANIZATION" -> emptyToNull(organization(surface));
            case "MONEY", "PERCENT", "NUMBER", "ORDINAL", "DATE", "TIME", "DURATION", "SET" -> null;
            default -> emptyToNull(String.join(" ", words(surface)));
        };
    }

    static String organization(String surface) {
        List<String> words = new ArrayList<>(words(surface.replace("&", " and ").replace("+", " and ")));
        if (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
        }
        // Strip trailing legal forms, also chained ones ("GmbH & Co. KG"), but never the whole name.
        boolean stripped = true;
        while (stripped && words.size() > 1) {
            String last = words.get(words.size() - 1);
            stripped = LEGAL_FORMS.contains(last) || (last.equals("and") && words.size() > 2);
            if (stripped) {
                words.remove(words.size() - 1);
            }
            for (List<String> phrase : LEGAL_PHRASES) {
                int from = words.size() - phrase.size();
                if (from > 0 && words.subList(from, words.size()).equals(phrase)) {
                    words.subList(from, words.size()).clear();
                    stripped = true;
                }
            }
        }
        return String.join(" ", words);
    }

    static String person(String surface) {
        String s = surface.strip();
        int comma = s.indexOf(',');
        if (comma > 0 && s.indexOf(',', comma + 1) < 0) {
            s = s.substring(comma + 1) + " " + s.substring(0, comma);
        }
        List<String> words = new ArrayList<>(words(s));
        words.removeIf(TITLES::contains);
        return String.join(" ", words);
    }

    private static String url(String surface) {
        String s = surface.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static List<String> words(String s) {
        String folded = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("'s ", " ").replace("\u2019s ", " ");
        // Dotted or slashed abbreviations fold to one word first ("S.A." -> "sa", "Co." -> "co", "A/S" -> "as").
        folded = folded.replaceAll("(?<=\\b\\p{L})[./](?=\\p{L}\\b)", "");
        return Arrays.stream(NOT_WORD.split(folded)).filter(w -> !w.isEmpty()).toList();
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
