package io.darkroom.analytics.features.phrases;

import io.darkroom.analytics.features.StopWords;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Candidate key phrases of a text: runs of 1 to {@code maxWords} content words. A run breaks at
 * punctuation, numbers and stop words, which is the cheap stand-in for a noun-phrase chunker:
 * "delivery delays" and "pressure pump" survive, "is late" and "for the" do not. Adverbs (-ly)
 * and gerund/past forms (-ing, -ed) may not end a phrase, which removes most verb phrases.
 */
record PhraseCandidates(int maxWords, Set<String> stopWords) implements Serializable {
    private static final Pattern CHUNK_BREAK = Pattern.compile("[^\\p{L}\\s'-]+|\\s-\\s|\\n");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    PhraseCandidates {
        stopWords = Set.copyOf(stopWords);
    }

    static PhraseCandidates english(int maxWords) {
        return new PhraseCandidates(maxWords, StopWords.ENGLISH);
    }

    List<String> of(String text) {
        List<String> phrases = new ArrayList<>();
        if (text == null) {
            return phrases;
        }
        for (String chunk : CHUNK_BREAK.split(text.toLowerCase(Locale.ROOT))) {
            List<String> run = new ArrayList<>();
            for (String token : SPACE.split(chunk.strip())) {
                String word = token.replaceAll("^['-]+|['-]+$", "");
                if (word.length() < 3 || stopWords.contains(word)) {
                    emit(run, phrases);
                    run.clear();
                } else {
                    run.add(word);
                }
            }
            emit(run, phrases);
        }
        return phrases;
    }

    private void emit(List<String> run, List<String> out) {
        for (int start = 0; start < run.size(); start++) {
            for (int n = 1; n <= maxWords && start + n <= run.size(); n++) {
                String last = run.get(start + n - 1);
                if (!last.endsWith("ly") && !last.endsWith("ing") && !last.endsWith("ed")) {
                    out.add(String.join(" ", run.subList(start, start + n)));
                }
            }
        }
    }
}
