package io.darkroom.nlq.plan;

import io.darkroom.core.catalog.Aggregation;
import io.darkroom.nlq.analyze.Token;
import io.darkroom.nlq.resolve.Resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count of every row of a table is the answer to "how many films are listed", not to "how many cyclists do not
 * have laps down" or "how many games had a british person at the pole": when the question says more than what to
 * count (a negation, or words the catalog does not know besides the counted noun) and none of it became a condition,
 * the count would ignore it. Asking beats a confident total of the wrong rows.
 */
final class UnfilteredCounts {
    private static final Pattern COUNT_PHRASE = Pattern.compile("\\b(how many|number of|count of)\\b");
    // Words that locate or pad the counted rows rather than narrow them ("listed in the table", "in all").
    private static final Set<String> FILLER = Set.of("table", "chart", "list", "page", "there", "total", "entries", "entry", "rows",
            "row", "records", "listed", "shown", "included", "altogether", "all", "overall", "number", "amount", "count", "times", "time", "article");

    private UnfilteredCounts() {
    }

    /** A clarification when {@code plan} counts every row although the question narrows them, else empty. */
    static Optional<QueryPlan> check(Resolution r, QueryPlan plan) {
        if (!(plan instanceof QueryPlan.Aggregate a) || a.measure().aggregation() != Aggregation.COUNT || a.measure().column() != null
                || !a.scope().conditions().isEmpty() || a.scope().date() != null || r.cues().anyInsight()) {
            return Optional.empty();
        }
        List<String> ignored = ignoredWords(r);
        if (!r.cues().negations().isEmpty()) {
            return Optional.of(new QueryPlan.Clarify("I could not tell which rows your question leaves out, so I would count every row;"
                    + " name the value to leave out as it appears in the table.", List.of()));
        }
        if (ignored.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new QueryPlan.Clarify("I would count every row: I do not know how to narrow the rows by '"
                + String.join("', '", ignored) + "'. Name a value or a column as it appears in the table.", List.of()));
    }

    /** Unknown words of the question other than fillers and the counted noun right after "how many" / "number of". */
    private static List<String> ignoredWords(Resolution r) {
        List<String> out = new ArrayList<>();
        int countedAt = countedToken(r);
        List<Token> tokens = r.question().tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i != countedAt && r.unknown().contains(t.word()) && !FILLER.contains(t.lower()) && !out.contains(t.word())) {
                out.add(t.word());
            }
        }
        return out;
    }

    /** Index of the counted noun: the first noun at most two tokens after the count phrase, or -1. */
    private static int countedToken(Resolution r) {
        Matcher m = COUNT_PHRASE.matcher(r.question().text());
        if (!m.find()) {
            return -1;
        }
        int after = r.question().tokenAt(m.end() - 1) + 1;
        for (int i = after; i >= 0 && i < Math.min(after + 3, r.question().tokens().size()); i++) {
            if (r.question().tokens().get(i).isNoun()) {
                return i;
            }
        }
        return -1;
    }
}
