package io.darkroom.analytics.features;

import org.apache.spark.ml.feature.StopWordsRemover;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * MLlib's English stop words plus the words every business letter carries (greetings, closings,
 * months, weekdays): they would otherwise top every topic and key-phrase list.
 */
public final class StopWords {
    private static final String[] LETTER_WORDS = {
        "dear", "hello", "regards", "kind", "best", "many", "thanks", "thank", "please", "would", "could",
        "also", "may", "might", "shall", "will", "can", "let", "know", "like", "just", "us", "per", "via",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "today", "tomorrow", "yesterday", "week", "weeks", "day", "days", "date", "next", "last", "new",
        "eur", "euro", "euros", "vat", "gmbh", "ltd", "inc", "corp", "com", "www", "http", "https"};

    public static final Set<String> ENGLISH = english();

    private StopWords() {
    }

    private static Set<String> english() {
        Set<String> words = new HashSet<>(Arrays.asList(StopWordsRemover.loadDefaultStopWords("english")));
        words.addAll(Arrays.asList(LETTER_WORDS));
        return Set.copyOf(words);
    }
}
