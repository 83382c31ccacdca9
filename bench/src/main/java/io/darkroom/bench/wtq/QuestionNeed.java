package io.darkroom.bench.wtq;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a question needs, read from its wording alone (never from the gold or the answer), so that a
 * failure can be labelled with the capability it exercised. The first rule that fires wins; the
 * order puts the more specific needs first.
 */
public enum QuestionNeed {
    DIFFERENCE_BETWEEN_ROWS("comparison between rows (difference / more than)",
            "\\bhow (many|much) (more|less|fewer|longer|shorter|higher|lower|older|younger)\\b|\\bdifference\\b|\\b(more|less|fewer|higher|lower|larger|smaller|greater|better|worse|longer|shorter|older|younger|earlier|later)\\b.*\\bthan\\b|\\bor\\b.*\\?$"),
    ADJACENT_ROW("adjacent row (previous / next / before / after)",
            "\\b(previous|prior|preceding|next|following|before|after|above|below|succeeded|preceded)\\b"),
    SUPERLATIVE("superlative / argmax (most, highest, least ...)",
            "\\b(most|least|fewest|highest|lowest|largest|smallest|biggest|greatest|longest|shortest|best|worst|top|maximum|minimum|max|min|oldest|newest|youngest|earliest|latest)\\b"),
    FIRST_LAST("first / last row in table order", "\\b(first|last|final|initial)\\b"),
    COUNTING("counting rows matching a condition", "\\bhow many\\b|\\bnumber of\\b|\\bcount\\b"),
    AGGREGATE("sum / average of a column", "\\b(total|sum|combined|average|mean|altogether|in all)\\b"),
    LOOKUP("lookup of a cell by a row value", "");

    private final String label;
    private final Pattern pattern;

    QuestionNeed(String label, String regex) {
        this.label = label;
        this.pattern = Pattern.compile(regex);
    }

    public String label() {
        return label;
    }

    public static QuestionNeed of(String question) {
        String q = question.toLowerCase(Locale.ROOT).strip();
        for (QuestionNeed need : values()) {
            if (need == LOOKUP || need.pattern.matcher(q).find()) {
                return need;
            }
        }
        return LOOKUP;
    }
}
