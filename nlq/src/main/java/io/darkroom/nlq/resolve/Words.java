package io.darkroom.nlq.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word forms used for matching: folded (lower case, no accents), singular, split like catalog labels
 * ("shipCountry" reads "ship country"). Question and catalog go through the same functions, so a
 * crude singular is fine: both sides get the same crudeness.
 */
public final class Words {
    /** Words that carry no catalog meaning on their own; never matched alone, never "unknown". */
    public static final Set<String> STOP = Set.copyOf(List.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by",
            "per", "each", "every", "and", "or", "with", "without", "is", "are", "was", "were", "be", "been", "do", "does",
            "did", "have", "has", "had", "what", "which", "who", "whom", "whose", "how", "many", "much", "me", "show",
            "list", "give", "tell", "find", "get", "i", "we", "our", "us", "you", "it", "its", "there", "that", "this",
            "these", "those", "please", "can", "could", "would", "should", "will", "all", "any", "some", "as", "than",
            "about", "not", "no", "only", "also", "what's", "whats", "where", "when", "why", "?", ",", ".", "!", "'s",
            "s", "n't", "between", "over", "under", "more", "less", "most", "least", "top", "bottom", "number", "count",
            "total", "sum", "average", "mean", "avg", "so", "far", "into", "out", "up", "down", "vs", "versus", "compare",
            "compared", "against", "else", "then", "just", "like", "did", "doe", "exclude", "excluding", "except", "other",
            "one", "ones", "their", "them", "they", "he", "she", "his", "her", "my", "your", "if", "else", "but", "same",
            "via", "--", ";", "'", "\"", "(", ")", "-", ":", "<", ">", "=", "*", "/", "@", "#", "$", "%", "&"));

    private Words() {
    }

    /** Lower case without accents ("México" → "mexico"). */
    public static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT);
    }

    /** Lower-case words of a label or value, split on case changes and non-alphanumerics. */
    public static List<String> split(String name) {
        String spaced = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim().toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : spaced.split(" ")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The matching key of a phrase: its words, folded and singular, joined by single spaces. */
    public static String key(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : Words.split(phrase)) {
            out.add(singular(w));
        }
        return String.join(" ", out);
    }

    public static String singular(String word) {
        if (word.length() <= 3 || !word.chars().allMatch(Character::isLetter)) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /**
     * Optimal-string-alignment Damerau-Levenshtein distance, giving up above {@code max} (returns
     * max + 1): a typo is an insertion, deletion, substitution or swap of neighbours.
     */
    public static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
        }
        return Math.min(d[a.length()][b.length()], max + 1);
    }

    /** Typos tolerated for a word of this length: none below 5 letters, 1 from 5, 2 from 9. */
    public static int tolerance(int length) {
        return length >= 9 ? 2 : length >= 5 ? 1 : 0;
    }
}
