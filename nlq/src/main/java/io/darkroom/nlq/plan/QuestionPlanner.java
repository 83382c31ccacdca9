package io.darkroom.nlq.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first, deliberately small question reader: counts of documents, optionally of one type, in
 * one year, per time grain or per type. Anything else becomes a {@link QueryPlan.Clarify} with
 * questions that work — never a guess. The NLQ issue replaces it with CoreNLP analysis and catalog
 * matching; the plans stay.
 */
public final class QuestionPlanner {
    static final int MAX_QUESTION_CHARS = 1_000;

    private static final List<String> SUGGESTIONS = List.of(
            "how many documents per month",
            "how many invoices were there in 2024",
            "how many documents by type");

    /** Words for document types, singular and plural; "documents"/"files" mean every type. */
    private static final Map<String, String> TYPE_WORDS = typeWords();
    private static final Pattern COUNT_INTENT = Pattern.compile(
            "\\b(how many|how much|number of|count|total of)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(19[0-9]{2}|2[01][0-9]{2})\\b");
    private static final Pattern PER = Pattern.compile("\\b(per|by|each|every|a)\\s+(day|month|quarter|year|type|kind)\\b");
    private static final Pattern ADVERB_GRAIN = Pattern.compile("\\b(daily|monthly|quarterly|yearly|annually)\\b");
    private static final Pattern AFTER_HOW_MANY = Pattern.compile("\\bhow many\\s+([a-z-]+(?:\\s+[a-z-]+)?)");

    public QueryPlan plan(String question) {
        if (question == null || question.isBlank()) {
            return new QueryPlan.Clarify("The question is empty.", SUGGESTIONS);
        }
        if (question.length() > MAX_QUESTION_CHARS) {
            return new QueryPlan.Clarify("The question is longer than " + MAX_QUESTION_CHARS
                    + " characters; please ask something shorter.", SUGGESTIONS);
        }
        String q = normalise(question);
        if (!COUNT_INTENT.matcher(q).find()) {
            return new QueryPlan.Clarify("So far I can count documents (by type, year, month or type);"
                    + " I could not find a count in the question.", SUGGESTIONS);
        }
        String subject = subjectOf(q);
        String docType = typeIn(q);
        if (docType == null && !mentionsAllDocuments(q)) {
            String what = subject == null ? "what to count" : "'" + subject + "'";
            return new QueryPlan.Clarify("I do not know " + what + " in this warehouse; I can count documents,"
                    + " e-mails, invoices, contracts, tickets, meeting notes, spreadsheets, presentations"
                    + " and archives.", SUGGESTIONS);
        }
        Integer year = yearIn(q);
        DocumentFilter filter = new DocumentFilter(docType, year);
        String per = perIn(q);
        if (per == null) {
            return new QueryPlan.Aggregate(filter);
        }
        return switch (per) {
            case "type", "kind" -> new QueryPlan.Breakdown(filter);
            case "day" -> new QueryPlan.Trend(filter, TimeGrain.DAY);
            case "month" -> new QueryPlan.Trend(filter, TimeGrain.MONTH);
            case "quarter" -> new QueryPlan.Trend(filter, TimeGrain.QUARTER);
            default -> new QueryPlan.Trend(filter, TimeGrain.YEAR);
        };
    }

    private static String normalise(String question) {
        String q = question.toLowerCase(Locale.ROOT).replace("e-mail", "email");
        return q.replaceAll("[^a-z0-9\\s-]", " ").replaceAll("\\s+", " ").trim();
    }

    private static String typeIn(String q) {
        String found = null;
        for (String token : q.split(" ")) {
            String type = TYPE_WORDS.get(token);
            if (type != null && !type.isEmpty()) {
                found = type;
            }
        }
        if (q.contains("meeting notes") || q.contains("meeting minutes")) {
            found = "meeting_notes";
        }
        return found;
    }

    private static boolean mentionsAllDocuments(String q) {
        for (String token : q.split(" ")) {
            if ("".equals(TYPE_WORDS.get(token))) {
                return true;
            }
        }
        return false;
    }

    private static String subjectOf(String q) {
        Matcher m = AFTER_HOW_MANY.matcher(q);
        return m.find() ? m.group(1) : null;
    }

    private static Integer yearIn(String q) {
        Matcher m = YEAR.matcher(q);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String perIn(String q) {
        Matcher m = PER.matcher(q);
        if (m.find()) {
            return m.group(2);
        }
        Matcher adverb = ADVERB_GRAIN.matcher(q);
        if (adverb.find()) {
            return switch (adverb.group(1)) {
                case "daily" -> "day";
                case "monthly" -> "month";
                case "quarterly" -> "quarter";
                default -> "year";
            };
        }
        return null;
    }

    private static Map<String, String> typeWords() {
        Map<String, String> words = new LinkedHashMap<>();
        for (String w : List.of("document", "documents", "doc", "docs", "file", "files", "item", "items")) {
            words.put(w, "");
        }
        put(words, "invoice", "invoice", "invoices", "bill", "bills");
        put(words, "contract", "contract", "contracts", "agreement", "agreements");
        put(words, "email", "email", "emails", "mail", "mails", "message", "messages");
        put(words, "ticket", "ticket", "tickets");
        put(words, "spreadsheet", "spreadsheet", "spreadsheets", "workbook", "workbooks");
        put(words, "presentation", "presentation", "presentations", "deck", "decks", "slides");
        put(words, "archive", "archive", "archives", "zip", "zips");
        put(words, "mailbox", "mailbox", "mailboxes", "mbox");
        put(words, "meeting_notes", "minutes");
        return Map.copyOf(words);
    }

    private static void put(Map<String, String> words, String type, String... synonyms) {
        for (String s : synonyms) {
            words.put(s, type);
        }
    }
}
