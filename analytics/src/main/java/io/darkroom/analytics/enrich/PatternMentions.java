package io.darkroom.analytics.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mentions found by patterns rather than CoreNLP: e-mail addresses and URLs (the coarse NER has no
 * such types), company names with a legal form, and money (see {@link MoneyNormalizer}). They win
 * over overlapping CoreNLP mentions.
 */
final class PatternMentions {
    private static final Pattern EMAIL = Pattern.compile("(?<![\\w.+-])[\\w.%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern URL = Pattern.compile("\\b(?:https?://|www\\.)[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);
    /**
     * One to four capitalised words (not an article, greeting or preposition) on one line, then a company legal form ("Lumen Optics GmbH", "Harborview
     * Shipping A/S", "Zephyr HVAC Sp. z o.o."). The legal form is strong evidence the coarse CRF often ignores: it
     * tags such names PERSON after a signature line, or nothing in a "Customer:" field.
     */
    private static final Pattern COMPANY = Pattern.compile("(?<![\\p{L}\\p{N}&'.-])"
            + "(?:(?!(?:The|A|An|Our|Your|Dear|Meet|At|In|For|To)[ \\t])\\p{Lu}[\\p{L}\\p{N}&'-]*[ \\t]+){1,4}"
            + "(?:GmbH|G\\.m\\.b\\.H\\.|AG|KGaA|KG|SE|Ltd\\.?|Limited|LLC|LLP|plc|PLC|Inc\\.|Incorporated|Corp\\.|Corporation"
            + "|S\\.A\\.S\\.|SAS|S\\.A\\.|SA|S\\.p\\.A\\.|SpA|S\\.r\\.l\\.|Srl|B\\.V\\.|BV|N\\.V\\.|NV|A/S|ApS|ASA|AS|AB"
            + "|Aktiebolag|Aktiengesellschaft|Oy|OY|Kft\\.?|Sp\\. z ?o\\.o\\.|Sp\\. z\\.o\\.o\\.)(?![\\p{L}\\p{N}/])");

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
        addFree(spans, EMAIL.matcher(text), "EMAIL");
        addFree(spans, COMPANY.matcher(text), "ORGANIZATION");
        for (MoneyNormalizer.Found money : MoneyNormalizer.find(text)) {
            addFree(spans, new Span(money.begin(), money.end(), "MONEY"));
        }
        return List.copyOf(spans);
    }

    /** Adds every match that overlaps no span found before (earlier patterns win). */
    private static void addFree(List<Span> spans, Matcher matches, String type) {
        while (matches.find()) {
            addFree(spans, new Span(matches.start(), matches.end(), type));
        }
    }

    private static void addFree(List<Span> spans, Span span) {
        if (spans.stream().noneMatch(s -> s.overlaps(span.begin(), span.end()))) {
            spans.add(span);
        }
    }
}
