package io.darkroom.analytics.features;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns text into normalised terms: lower-case words of letters only (numbers, codes and amounts
 * go), at least {@code minLength} letters, stop words removed, and plural endings folded
 * ("deliveries" → "delivery", "delays" → "delay"). Folding only plurals keeps terms readable as
 * labels, which a full stemmer ("deliveri") would not.
 */
public record Terms(Set<String> stopWords, int minLength, boolean fold) implements Serializable {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    public Terms {
        stopWords = Set.copyOf(stopWords);
        if (minLength < 1) {
            throw new IllegalArgumentException("Cannot build terms: minLength must be at least 1, got " + minLength);
        }
    }

    public static Terms english() {
        return new Terms(StopWords.ENGLISH, 3, true);
    }

    public List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null) {
            return terms;
        }
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String word = m.group();
            if (word.length() >= minLength && !stopWords.contains(word)) {
                String term = fold ? fold(word) : word;
                if (!stopWords.contains(term)) {
                    terms.add(term);
                }
            }
        }
        return terms;
    }

    /** Plural folding: -ies → -y, -sses → -ss, -xes/-ches/-shes → drop "es", -s → drop (not -ss, -us, -is). */
    public static String fold(String word) {
        int n = word.length();
        if (n > 4 && word.endsWith("ies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) {
            return word.substring(0, n - 2);
        }
        if (n > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, n - 1);
        }
        return word;
    }
}
