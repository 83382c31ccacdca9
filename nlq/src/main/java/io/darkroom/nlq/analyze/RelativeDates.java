package io.darkroom.nlq.analyze;

import io.darkroom.nlq.analyze.DateSpec.Kind;
import io.darkroom.nlq.analyze.DateSpec.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date phrases in lower-case question text. Own rules rather than SUTime alone, because SUTime
 * leaves "Q3", "year to date" and "the past 6 weeks" as unresolved offsets; SUTime's normalised
 * values are used by {@link QuestionAnalyzer} for what these rules do not cover (explicit days).
 * Longer phrases are tried first and a character can belong to one phrase only.
 */
public final class RelativeDates {
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    private static final String UNIT = "(day|week|month|quarter|year)s?";
    private static final String NUM = "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));

    private record Rule(Pattern pattern, java.util.function.Function<Matcher, DateSpec> spec) {
    }

    private static final List<Rule> RULES = List.of(
            rule("\\bsince (" + MONTHS + ")\\.? (?:of )?" + YEAR + "\\b", m -> DateSpec.of(Kind.SINCE_MONTH_OF_YEAR, num(m.group(2)), month(m.group(1)))),
            rule("\\b(?:the )?(first|second|1st|2nd) half(?: of)? " + YEAR + "\\b",
                    m -> DateSpec.of(Kind.HALF_OF_YEAR, num(m.group(2)), m.group(1).startsWith("f") || m.group(1).startsWith("1") ? 1 : 2)),
            rule("\\bh([12])(?: of| in)? ?" + YEAR + "\\b", m -> DateSpec.of(Kind.HALF_OF_YEAR, num(m.group(2)), num(m.group(1)))),
            rule("\\b(?:the )?year before last\\b", m -> DateSpec.of(Kind.YEAR_BEFORE_LAST, 0, 0)),
            rule("\\b(year|quarter|month)[- ]to[- ]date\\b", m -> DateSpec.of(Kind.TO_DATE, unit(m.group(1)), 0)),
            rule("\\b(y|q|m)td\\b", m -> DateSpec.of(Kind.TO_DATE, unit(m.group(1)), 0)),
            rule("\\b(?:the )?(?:past|last|previous|recent|prior) " + NUM + " " + UNIT + "\\b",
                    m -> DateSpec.of(Kind.PAST, unit(m.group(2)), number(m.group(1)))),
            rule("\\b(?:the )?(?:last|previous|past|prior) (day|week|month|quarter|year)\\b", m -> DateSpec.of(Kind.LAST, unit(m.group(1)), 1)),
            rule("\\b(?:this|current|the current) (week|month|quarter|year)\\b", m -> DateSpec.of(Kind.THIS, unit(m.group(1)), 1)),
            rule("\\bq([1-4])(?: of| in)? ?[-/ ]?" + YEAR + "\\b", m -> DateSpec.of(Kind.QUARTER_OF_YEAR, num(m.group(2)), num(m.group(1)))),
            rule("\\b" + YEAR + " ?[-/ ]?q([1-4])\\b", m -> DateSpec.of(Kind.QUARTER_OF_YEAR, num(m.group(1)), num(m.group(2)))),
            rule("\\b(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of)? " + YEAR + "\\b",
                    m -> DateSpec.of(Kind.QUARTER_OF_YEAR, num(m.group(2)), ordinal(m.group(1)))),
            rule("\\b(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th) quarter\\b", m -> DateSpec.of(Kind.QUARTER, ordinal(m.group(1)), 0)),
            rule("\\bq([1-4])\\b", m -> DateSpec.of(Kind.QUARTER, num(m.group(1)), 0)),
            rule("\\b(" + MONTHS + ")\\.? (?:of )?" + YEAR + "\\b", m -> DateSpec.of(Kind.MONTH_OF_YEAR, num(m.group(2)), month(m.group(1)))),
            rule("\\b" + YEAR + "-(0[1-9]|1[0-2])\\b(?!-)", m -> DateSpec.of(Kind.MONTH_OF_YEAR, num(m.group(1)), num(m.group(2)))),
            rule("\\b" + YEAR + "-(0[1-9]|1[0-2])-([0-3]\\d)\\b",
                    m -> DateSpec.of(Kind.DAY, num(m.group(1)) * 10000 + num(m.group(2)) * 100 + num(m.group(3)), 0)),
            rule("\\bsince (" + MONTHS + ")\\b", m -> DateSpec.of(Kind.SINCE_MONTH, month(m.group(1)), 0)),
            rule("\\bsince " + YEAR + "\\b", m -> DateSpec.of(Kind.SINCE_YEAR, num(m.group(1)), 0)),
            rule("\\b(?:between|from) " + YEAR + " (?:and|to|until|-) " + YEAR + "\\b",
                    m -> DateSpec.of(Kind.YEARS, num(m.group(1)), num(m.group(2)))),
            rule("\\bbefore " + YEAR + "\\b", m -> DateSpec.of(Kind.BEFORE_YEAR, num(m.group(1)), 0)),
            rule("\\bafter " + YEAR + "\\b", m -> DateSpec.of(Kind.AFTER_YEAR, num(m.group(1)), 0)),
            rule("\\b(?:in|during|for|of|throughout) (" + MONTHS.replace("|may", "|may(?! be| have)") + ")\\b", m -> DateSpec.of(Kind.MONTH, month(m.group(1)), 0)),
            rule("\\btoday\\b", m -> DateSpec.of(Kind.TODAY, 0, 0)),
            rule("\\byesterday\\b", m -> DateSpec.of(Kind.YESTERDAY, 0, 0)),
            // A bare year, unless a comparison makes it an amount ("more than 2000").
            rule("(?<!than |over |above |under |below |least |most |exceeding |> |< |\\$ ?)\\b" + YEAR + "\\b(?![.,]\\d)",
                    m -> DateSpec.of(Kind.YEAR, num(m.group(1)), 0)));

    private RelativeDates() {
    }

    public static List<DatePhrase> find(String lowerText) {
        String text = lowerText.toLowerCase(Locale.ROOT);
        boolean[] taken = new boolean[text.length()];
        List<DatePhrase> out = new ArrayList<>();
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(text);
            while (m.find()) {
                if (anyTaken(taken, m.start(), m.end())) {
                    continue;
                }
                DateSpec spec;
                try {
                    spec = r.spec().apply(m);
                } catch (RuntimeException invalid) {
                    continue; // e.g. a 0-week past: not a date phrase
                }
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
                out.add(new DatePhrase(m.group(), m.start(), m.end(), spec));
            }
        }
        out.sort(java.util.Comparator.comparingInt(DatePhrase::start));
        return out;
    }

    private static Rule rule(String regex, java.util.function.Function<Matcher, DateSpec> spec) {
        return new Rule(Pattern.compile(regex), spec);
    }

    private static boolean anyTaken(boolean[] taken, int s, int e) {
        for (int i = s; i < e; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    private static int number(String s) {
        Integer small = SMALL.get(s);
        int n = small != null ? small : Integer.parseInt(s);
        if (n < 1) {
            throw new IllegalArgumentException("Cannot look back " + n + " periods");
        }
        return n;
    }

    private static int ordinal(String s) {
        return switch (s) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
    }

    private static Unit unit(String s) {
        return switch (s) {
            case "day", "d" -> Unit.DAY;
            case "week", "w" -> Unit.WEEK;
            case "month", "m" -> Unit.MONTH;
            case "quarter", "q" -> Unit.QUARTER;
            default -> Unit.YEAR;
        };
    }

    static int month(String s) {
        String m = s.length() > 3 ? s.substring(0, 3) : s;
        return switch (m) {
            case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4; case "may" -> 5; case "jun" -> 6;
            case "jul" -> 7; case "aug" -> 8; case "sep" -> 9; case "oct" -> 10; case "nov" -> 11; default -> 12;
        };
    }
}
