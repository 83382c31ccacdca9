package io.darkroom.nlq.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a document search compares words with text: both sides lower-cased with every run of
 * punctuation and spaces folded to one space, and a word must start where a text word starts — so
 * "KX-350", "kx 350" and "KX 350," are one thing, "delay" finds "delays" but not "relay".
 */
public final class DocumentWords {
    /** What separates words; the executor folds document text with the same expression in Spark. */
    public static final String SEPARATORS = "[^\\p{L}\\p{N}]+";

    /** Words that say "search" or "documents" rather than what to search for. */
    static final Set<String> SEARCH_VERBS = Set.of("document", "documents", "doc", "docs", "file", "files", "email", "emails",
            "e-mail", "e-mails", "mail", "mails", "message", "messages", "mention", "mentions", "mentioning", "mentioned",
            "contain", "contains", "containing", "about", "regarding", "concerning", "find", "search", "look", "show", "list",
            "give", "me", "us", "which", "that", "talk", "talking", "discuss", "discussing", "say", "says", "refer", "referring");

    /**
     * A code: letters and digits joined by hyphens, with at least one digit ("PO-54998", "INV-2023-00003",
     * "KX-350"); the tokenizer may have set the hyphens apart ("po - 54998").
     */
    private static final Pattern CODE = Pattern.compile("(?<![\\p{L}\\p{N}-])\\p{L}[\\p{L}\\p{N}]*(?: ?- ?[\\p{L}\\p{N}]+)+(?![\\p{L}\\p{N}])");

    private DocumentWords() {
    }

    /** The codes written in a question, hyphens closed up again. */
    static List<String> codes(String question) {
        List<String> out = new ArrayList<>();
        Matcher m = CODE.matcher(question == null ? "" : question);
        while (m.find()) {
            String code = m.group().replace(" ", "");
            if (code.chars().anyMatch(Character::isDigit) && !out.contains(code)) {
                out.add(code);
            }
        }
        return out;
    }

    /** The word or phrase as the search compares it: lower case, separators folded to single spaces, trimmed. */
    public static String normalized(String words) {
        return words.toLowerCase(Locale.ROOT).replaceAll(SEPARATORS, " ").trim();
    }
}
