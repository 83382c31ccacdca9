package io.darkroom.analytics.enrich;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a document's text is English, which is all the bundled CoreNLP models read:
 * the ingest language when it is set, else a stop-word count over the first words (cheap, and
 * reliable from a few dozen words on). Returns the reason to skip, recorded as data.
 */
public final class LanguageGate {
    private static final int SAMPLE_WORDS = 400;
    /** Below this many words a text is taken as English: too short to tell, and cheap to annotate. */
    private static final int MIN_WORDS = 12;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Map<String, Set<String>> STOP_WORDS = new LinkedHashMap<>();

    static {
        STOP_WORDS.put("en", words("the of and to in is that for it with as was on be by this are at from have not or we you will"));
        STOP_WORDS.put("de", words("der die das und ist nicht ein eine zu den mit sich des auf für von dem wir sie ich auch es im"));
        STOP_WORDS.put("fr", words("le la les et est des une un du que pour dans pas nous vous qui sur avec au ce il elle"));
        STOP_WORDS.put("es", words("el la los las y es que de en un una por para con no se del al lo como su"));
        STOP_WORDS.put("it", words("il la di che e non un una per con sono del della gli le si al nel ma come"));
        STOP_WORDS.put("nl", words("de het een en van is dat niet te op voor met zijn wij ik die er ook aan"));
        STOP_WORDS.put("pt", words("o a os as e de que do da em um uma para com não se por mais na no"));
    }

    private LanguageGate() {
    }

    /**
     * A decision: the language taken for the text (may be null) and, when skipped, why; {@code guessed}
     * when English is assumed for want of evidence (too few words, or few English stop words).
     */
    public record Decision(String language, String skippedReason, boolean guessed) {
        public Decision(String language, String skippedReason) {
            this(language, skippedReason, false);
        }

        public boolean annotate() {
            return skippedReason == null;
        }
    }

    public static Decision decide(String text, String ingestLanguage) {
        if (text == null || text.isBlank()) {
            return new Decision(null, "no text");
        }
        if (ingestLanguage != null && !ingestLanguage.isBlank()) {
            String lang = ingestLanguage.strip().toLowerCase(Locale.ROOT);
            if (lang.startsWith("en")) {
                return new Decision("en", null);
            }
            // Ingest's detector guesses on short texts (a two-line English e-mail came back as Vietnamese): its
            // verdict stands unless the text's own stop words say English.
            return clearlyEnglish(text) ? new Decision("en", null)
                    : new Decision(lang, "not English: language '" + lang + "' from ingest");
        }
        return byStopWords(text);
    }

    private static boolean clearlyEnglish(String text) {
        Decision d = byStopWords(text);
        return d.annotate() && d.language().equals("en") && !d.guessed();
    }

    private static Decision byStopWords(String text) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        STOP_WORDS.keySet().forEach(l -> hits.put(l, 0));
        int words = 0;
        Matcher m = WORD.matcher(text);
        while (m.find() && words < SAMPLE_WORDS) {
            String w = m.group().toLowerCase(Locale.ROOT);
            words++;
            STOP_WORDS.forEach((lang, set) -> {
                if (set.contains(w)) {
                    hits.merge(lang, 1, Integer::sum);
                }
            });
        }
        if (words < MIN_WORDS) {
            return new Decision("en", null, true);
        }
        String best = hits.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        int english = hits.get("en");
        if (best.equals("en") || english >= hits.get(best) || english * 10 >= words) {
            return new Decision("en", null, english * 10 < words);
        }
        return new Decision(best, String.format(Locale.ROOT,
                "not English: stop words suggest '%s' (%d of %d words vs %d English)", best, hits.get(best), words, english));
    }

    private static Set<String> words(String list) {
        return Set.copyOf(Arrays.asList(list.split(" ")));
    }
}
