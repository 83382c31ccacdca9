package io.darkroom.nlq.analyze;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Step 1 of a question: reject what cannot be read (empty, too long, no words, not English), then
 * tokens, lemmas, POS and NER from the {@link TokenSource}, and date phrases ({@link RelativeDates},
 * plus SUTime's normalised explicit days).
 */
public final class QuestionAnalyzer {
    public static final int MAX_CHARS = 1_000;
    private static final Pattern ISO_DAY = Pattern.compile("((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");

    private final TokenSource tokens;
    private final LocalDate reference;

    /** @param reference date the token source uses for SUTime; plans re-resolve phrases per table */
    public QuestionAnalyzer(TokenSource tokens, LocalDate reference) {
        this.tokens = tokens;
        this.reference = reference;
    }

    public AnalyzedQuestion analyze(String question) {
        if (question == null || question.isBlank()) {
            return AnalyzedQuestion.rejected(AnalyzedQuestion.Problem.EMPTY);
        }
        if (question.length() > MAX_CHARS) {
            return AnalyzedQuestion.rejected(AnalyzedQuestion.Problem.TOO_LONG);
        }
        String clean = CONTROL.matcher(question).replaceAll(" ").strip();
        long latin = clean.codePoints().filter(c -> Character.isLetter(c) && c < 0x250).count();
        long letters = clean.codePoints().filter(Character::isLetter).count();
        if (letters == 0) {
            return AnalyzedQuestion.rejected(AnalyzedQuestion.Problem.NO_WORDS);
        }
        if (latin < letters * 0.6) {
            return AnalyzedQuestion.rejected(AnalyzedQuestion.Problem.NOT_ENGLISH);
        }
        List<Token> list = tokens.tokens(clean, reference);
        StringBuilder joined = new StringBuilder();
        List<Integer> offsets = new ArrayList<>(list.size());
        for (Token t : list) {
            if (joined.length() > 0) {
                joined.append(' ');
            }
            offsets.add(joined.length());
            joined.append(t.lower());
        }
        String text = joined.toString();
        List<DatePhrase> dates = new ArrayList<>(RelativeDates.find(text));
        addSuTimeDays(list, offsets, dates);
        return new AnalyzedQuestion(text, list, offsets, dates, null);
    }

    private static boolean lessSpecific(DatePhrase d) {
        return d.spec().kind() == DateSpec.Kind.YEAR || d.spec().kind() == DateSpec.Kind.MONTH_OF_YEAR || d.spec().kind() == DateSpec.Kind.MONTH;
    }

    /** Explicit days ("July 4, 1996") that SUTime normalised and the rules did not cover. */
    private static void addSuTimeDays(List<Token> list, List<Integer> offsets, List<DatePhrase> dates) {
        int i = 0;
        while (i < list.size()) {
            Token t = list.get(i);
            if (!"DATE".equals(t.ner()) || t.normalized() == null) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < list.size() && "DATE".equals(list.get(j + 1).ner()) && t.normalized().equals(list.get(j + 1).normalized())) {
                j++;
            }
            int start = offsets.get(i);
            int end = offsets.get(j) + list.get(j).word().length();
            var m = ISO_DAY.matcher(t.normalized());
            // SUTime's explicit day beats a rule that read only its year or month ("July 4, 1996").
            if (m.matches() && dates.stream().filter(d -> d.overlaps(start, end)).allMatch(QuestionAnalyzer::lessSpecific)) {
                dates.removeIf(d -> d.overlaps(start, end));
                int ymd = Integer.parseInt(m.group(1)) * 10000 + Integer.parseInt(m.group(2)) * 100 + Integer.parseInt(m.group(3));
                try {
                    DateSpec spec = DateSpec.of(DateSpec.Kind.DAY, ymd, 0);
                    spec.resolve(LocalDate.now());
                    dates.add(new DatePhrase(t.normalized().toLowerCase(Locale.ROOT), start, end, spec));
                } catch (RuntimeException notADay) {
                    // SUTime can normalise impossible days; such a phrase is simply not a date filter.
                }
            }
            i = j + 1;
        }
        dates.sort(java.util.Comparator.comparingInt(DatePhrase::start));
    }
}
