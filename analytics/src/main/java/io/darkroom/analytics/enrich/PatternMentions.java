package io.darkroom.analytics.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mentions found by patterns rather than CoreNLP: e-mail addresses and URLs (the coarse NER has no
 * such types) and money (see {@link MoneyNormalizer}). They win over overlapping CoreNLP mentions.
 */
final class PatternMentions {
    private static final Pattern EMAIL = Pattern.compile("(?<![\\w.+-])[\\w.%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern URL = Pattern.compile("\\b(?:https?://|www\\.)[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);

    private PatternMentions() {
    }

    /** A pattern match: [begin, end) and its type. */
    record Span(int begin, int end, String type) {
        boolean overlaps(int b, int e) {
            return begin < e && b < end;
        }
    }

    static List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher url = URL.matcher(text);
        while (url.find()) {
            int end = url.end();
            while (end > url.start() && ".,;:!?)]".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            spans.add(new Span(url.start(), end, "URL"));
        }
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            int b = email.start();
            int e = email.end();
            if (spans.stream().noneMatch(s -> s.overlaps(b, e))) {
                spans.add(new Span(b, e, "EMAIL"));
            }
        }
        for (MoneyNormalizer.Found money : MoneyNormalizer.find(text)) {
            if (spans.stream().noneMatch(s -> s.overlaps(money.begin(), money.end()))) {
                spans.add(new Span(money.begin(), money.end(), "MONEY"));
            }
        }
        return List.copyOf(spans);
    }
}
