package io.darkroom.ingest.quality;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores text the way tika-eval does — the share of alphabetic tokens that are common words of the
 * text's language — and picks that language as the list that covers the most tokens. Tika 3.3.1 has
 * no language-detector artifact on Maven Central (tika-langdetect-optimaize stops at 2.x), so the
 * common-token lists double as the detector: the script decides the candidates, coverage decides
 * among them. Stateless and thread-safe.
 */
public final class TextQualityScorer {
    /** Enough tokens to score reliably; a 300-page report is scored on its first pages. */
    static final int MAX_TOKENS = 5_000;
    /** tika-eval's lists hold no tokens shorter than this. */
    private static final int MIN_TOKEN_LENGTH = 3;
    private static final List<String> LATIN = List.of("eng", "deu", "fra", "spa", "ita", "por", "nld", "swe",
            "dan", "nob", "fin", "pol", "ces", "hun", "ron", "tur", "cat", "ind", "vie");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final List<String> CYRILLIC = List.of("rus", "ukr", "bul", "srp", "bel", "mkd");

    public TextQuality score(String text) {
        if (text == null || text.isBlank()) {
            return TextQuality.NO_TEXT;
        }
        Tokens tokens = tokenize(text);
        if (tokens.words.isEmpty()) {
            return new TextQuality(null, tokens.letters == 0 ? null : 0.0, 0);
        }
        String best = null;
        int bestHits = -1;
        for (String language : candidates(tokens.script)) {
            int hits = hits(tokens.words, CommonTokens.of(language));
            if (hits > bestHits) {
                best = language;
                bestHits = hits;
            }
        }
        double share = (double) bestHits / tokens.words.size();
        // A language guessed from a handful of unknown words is noise, not a detection.
        String language = bestHits > 0 && share >= 0.10 ? best : null;
        return new TextQuality(language, share, tokens.words.size());
    }

    private static int hits(List<String> words, Set<String> common) {
        int n = 0;
        for (String w : words) {
            if (common.contains(w)) {
                n++;
            }
        }
        return n;
    }

    private static List<String> candidates(Character.UnicodeScript script) {
        return switch (script) {
            case CYRILLIC -> CYRILLIC;
            case GREEK -> List.of("ell");
            case ARABIC -> List.of("ara", "fas", "urd");
            case HEBREW -> List.of("heb", "yid");
            case HAN -> List.of("cmn", "jpn");
            case HIRAGANA, KATAKANA -> List.of("jpn");
            case HANGUL -> List.of("kor");
            case THAI -> List.of("tha");
            case DEVANAGARI -> List.of("hin", "mar", "nep");
            default -> LATIN;
        };
    }

    /**
     * Lower-cased runs of letters (marks included, so accents stay in the word). Han, kana and hangul
     * runs become overlapping bigrams, as tika-eval's CJK analyzer does; the dominant script is the
     * one with the most letters.
     */
    static Tokens tokenize(String text) {
        List<String> words = new ArrayList<>();
        int[] scriptCounts = new int[Character.UnicodeScript.values().length];
        int letters = 0;
        StringBuilder run = new StringBuilder();
        boolean cjkRun = false;
        for (int i = 0; i < text.length() && words.size() < MAX_TOKENS; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean letter = Character.isLetter(cp) || (run.length() > 0 && Character.getType(cp) == Character.NON_SPACING_MARK);
            if (letter) {
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                boolean cjk = isCjk(script);
                if (run.length() > 0 && cjk != cjkRun) {
                    flush(run, cjkRun, words);
                }
                cjkRun = cjk;
                run.appendCodePoint(Character.toLowerCase(cp));
                if (Character.isLetter(cp)) {
                    scriptCounts[script.ordinal()]++;
                    letters++;
                }
            } else if (run.length() > 0) {
                flush(run, cjkRun, words);
            }
        }
        if (run.length() > 0 && words.size() < MAX_TOKENS) {
            flush(run, cjkRun, words);
        }
        Character.UnicodeScript dominant = Character.UnicodeScript.LATIN;
        int max = 0;
        for (Character.UnicodeScript s : Character.UnicodeScript.values()) {
            if (scriptCounts[s.ordinal()] > max && s != Character.UnicodeScript.COMMON) {
                max = scriptCounts[s.ordinal()];
                dominant = s;
            }
        }
        return new Tokens(words, dominant, letters);
    }

    private static void flush(StringBuilder run, boolean cjk, List<String> words) {
        String s = run.toString();
        run.setLength(0);
        if (cjk) {
            int[] cps = s.codePoints().toArray();
            if (cps.length == 1) {
                words.add(s);
            }
            for (int k = 0; k + 1 < cps.length; k++) {
                words.add(new String(cps, k, 2));
            }
        } else if (s.codePointCount(0, s.length()) >= MIN_TOKEN_LENGTH || !isAscii(s)) {
            // Short non-ASCII runs stay in: they are typically mojibake debris ("Ã©" leaves "ã"),
            // and dropping them would hide exactly the damage the score is meant to show.
            words.add(fold(s));
        }
    }

    /** tika-eval's lists are accent-folded ("apres", "annee"), so tokens are folded the same way. */
    private static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return isAscii(lower) ? lower : MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 128);
    }

    private static boolean isCjk(Character.UnicodeScript s) {
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }

    record Tokens(List<String> words, Character.UnicodeScript script, int letters) {
    }
}
