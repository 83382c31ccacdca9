package io.darkroom.nlq.resolve;

import io.darkroom.core.catalog.CatalogTable;
import io.darkroom.core.catalog.ColumnProfile;
import io.darkroom.core.catalog.ColumnType;
import io.darkroom.nlq.analyze.AnalyzedQuestion;
import io.darkroom.nlq.analyze.DatePhrase;
import io.darkroom.nlq.analyze.DateSpec;
import io.darkroom.nlq.analyze.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step 2: binds the question's words to the catalog. Longest phrase first (a value of six words
 * before one of its words), exact key, then lemma key, then typo-tolerant key (Damerau-Levenshtein
 * ≤ 1 from 5 letters, ≤ 2 from 9; never for verbs, stop words or numbers). Numbers with a
 * comparison, rankings, grains and date phrases are read first and are not catalog words.
 */
public final class CatalogResolver {
    private static final int MAX_PHRASE = 6;
    private static final String NUM = "\\$? ?(-?\\d[\\d,]*(?:\\.\\d+)?) ?(k|thousand|m|million)?";
    private static final Pattern BETWEEN = Pattern.compile("\\bbetween " + NUM + " and " + NUM);
    private static final Pattern COMPARISON = Pattern.compile("(more than|greater than|higher than|larger than|bigger than|over|above|exceeding|at least|no less than|>=|>"
            + "|less than|fewer than|lower than|smaller than|under|below|at most|no more than|up to|<=|<|exactly|equal to|equals|=) " + NUM);
    private static final Pattern RANK = Pattern.compile("\\b(top|bottom|best|worst|first|last|highest|lowest|largest|smallest|biggest) (\\d{1,4}|three|five|ten|two)\\b"
            + "|\\b(the most|most|the highest|highest|the largest|largest|biggest|the best|best|top|the least|least|the lowest|lowest|smallest|fewest|the fewest|worst|bottom)\\b");
    private static final Pattern COUNTED_PLURAL = Pattern.compile("^(?:which|what|the|list|show|name|give me)(?: the| me the| me)? (\\d{1,3}|two|three|four|five|ten) [a-z-]+s\\b");
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+([A-Za-z]+)");
    private static final Set<String> TOP_WORDS = Set.of("top", "best", "first", "highest", "largest", "biggest", "most",
            "the most", "the highest", "the largest", "the best");

    private final CatalogIndex index;
    private final CueReader cueReader = new CueReader();

    public CatalogResolver(CatalogIndex index) {
        this.index = index;
    }

    public Resolution resolve(AnalyzedQuestion question) {
        List<Match> yearMatches = new ArrayList<>();
        AnalyzedQuestion q = yearsAsColumnValues(question, yearMatches);
        String text = q.text();
        Cues cues = cueReader.read(text);
        List<int[]> consumed = new ArrayList<>(cues.consumed());
        q.dates().forEach(d -> consumed.add(new int[]{d.start(), d.end()}));
        List<NumberCondition> numbers = numbers(q, consumed);
        Rank rank = rank(text, consumed);
        List<Match> matches = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Set<String> keywords = new LinkedHashSet<>();
        List<Token> tokens = q.tokens();
        int i = 0;
        while (i < tokens.size()) {
            if (skip(q, cues, consumed, i)) {
                i++;
                continue;
            }
            Match m = longest(q, cues, consumed, i);
            if (m != null && (onlyCueWords(q, m) || aggregationOfACompound(q, cues, consumed, m)
                    || (cues.why() && m.end() - m.start() == 1 && CHANGE_WORDS.contains(q.tokens().get(m.start()).lemma())))) {
                i++;
                continue;
            }
            if (m != null) {
                matches.add(m);
                keywords.add(m.text());
                i = m.end();
                continue;
            }
            Token t = tokens.get(i);
            String key = Words.key(t.word());
            if (!key.isEmpty() && !Words.STOP.contains(key) && !Words.STOP.contains(t.lemma()) && key.chars().anyMatch(Character::isLetter)) {
                // A noun's lemma: "delays" searches documents for "delay", which also finds "delayed".
                keywords.add(t.isNoun() && !t.lemma().isBlank() ? t.lemma() : t.lower());
                if (t.isNoun() || t.pos().startsWith("JJ") || t.pos().isEmpty() || "FW".equals(t.pos())) {
                    unknown.add(t.word());
                }
            }
            i++;
        }
        matches.addAll(yearMatches);
        matches.sort(Comparator.comparingInt(Match::start));
        return new Resolution(q, matches, numbers, rank, cues, unknown, List.copyOf(keywords));
    }

    /**
     * "in 2013" over tables without any date column, but with one whole-number column of years ("Year", "Season")
     * whose range holds that year, filters that column instead of asking for a date column: the year phrase leaves
     * the question's dates and becomes a value of the year column.
     */
    private AnalyzedQuestion yearsAsColumnValues(AnalyzedQuestion q, List<Match> out) {
        if (q.rejected() || q.dates().isEmpty() || index.catalog().tables().stream()
                .anyMatch(t -> t.columns().stream().anyMatch(c -> c.type().isTemporal()))) {
            return q;
        }
        List<DatePhrase> kept = new ArrayList<>();
        for (DatePhrase d : q.dates()) {
            Target.ValueTarget year = d.spec().kind() == DateSpec.Kind.YEAR ? yearColumnValue(d.spec().a()) : null;
            int first = q.tokenAt(d.start());
            int last = q.tokenAt(Math.max(d.start(), d.end() - 1));
            if (year == null || first < 0 || last < 0) {
                kept.add(d);
                continue;
            }
            out.add(new Match(d.text(), first, last + 1, List.of(year), Match.How.EXACT, 0.9, false));
        }
        return kept.size() == q.dates().size() ? q : new AnalyzedQuestion(q.text(), q.tokens(), q.offsets(), kept, q.problem());
    }

    /** The one whole-number column named like a year whose range holds {@code year}; null when none or several. */
    private Target.ValueTarget yearColumnValue(int year) {
        List<Target.ValueTarget> found = new ArrayList<>();
        for (CatalogTable t : index.catalog().tables()) {
            for (ColumnProfile c : t.columns()) {
                boolean named = Words.split(c.label()).stream().anyMatch(w -> w.equals("year") || w.equals("season"));
                if (named && c.type() == ColumnType.INTEGER && holds(c, year)) {
                    found.add(new Target.ValueTarget(t.name(), c.name(), c.label(), Integer.toString(year), 1));
                }
            }
        }
        return found.size() == 1 ? found.get(0) : null;
    }

    private static boolean holds(ColumnProfile c, int year) {
        try {
            return c.min() != null && c.max() != null && Double.parseDouble(c.min()) <= year && year <= Double.parseDouble(c.max());
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * "share of" reaching the column "share of revenue (%)" by a synonym or a fuzzy match: words that say how
     * to compute are the cue they are, not a column; an exact name ("share of revenue") still matches.
     */
    private static boolean onlyCueWords(AnalyzedQuestion q, Match m) {
        if (m.how() == Match.How.EXACT || m.how() == Match.How.LEMMA) {
            return false;
        }
        for (int k = m.start(); k < m.end(); k++) {
            if (!CUE_WORDS.contains(q.tokens().get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> CUE_WORDS = Set.of("share", "of", "percentage", "percent", "proportion", "total", "sum",
            "average", "avg", "mean", "number", "count", "the", "a");
    /** In a why-question these say what happened to the measure ("why did freight change"), not which column. */
    private static final Set<String> CHANGE_WORDS = Set.of("change", "drop", "rise", "increase", "decrease", "fall", "grow",
            "decline", "jump", "spike", "dip", "go", "move");
    private static final Set<String> AMOUNT_WORDS = Set.of("value", "amount", "sum", "price", "cost", "size", "worth");
    private static final Set<String> AGGREGATION_WORDS = Set.of("total", "sum", "average", "avg", "mean", "median", "overall");

    /**
     * "total invoice amount" is the total of the amount of invoices: English puts the head noun last, so when
     * an aggregation word opens a measure's name ("total invoices" of a workbook) and the words after that
     * name are another measure or column ("amount"), the aggregation word is the question's cue and the
     * compound is read from its second word.
     */
    private boolean aggregationOfACompound(AnalyzedQuestion q, Cues cues, List<int[]> consumed, Match m) {
        if (m.end() - m.start() < 2 || !AGGREGATION_WORDS.contains(q.tokens().get(m.start()).lower())
                || !m.targets().stream().allMatch(t -> t instanceof Target.MeasureTarget) || m.end() >= q.tokens().size()
                || skip(q, cues, consumed, m.end())) {
            return false;
        }
        if (AMOUNT_WORDS.contains(q.tokens().get(m.end()).lemma())) {
            return true; // "average invoice value": the catalog may know "value" only as the amount's synonym
        }
        Match head = longest(q, cues, consumed, m.end());
        return head != null && head.targets().stream().anyMatch(t -> t instanceof Target.MeasureTarget
                || t instanceof Target.ColumnTarget c && c.column().type().isNumeric());
    }

    private boolean skip(AnalyzedQuestion q, Cues cues, List<int[]> consumed, int i) {
        int s = q.offsets().get(i);
        int e = s + q.tokens().get(i).word().length();
        return q.inDate(i) || consumed.stream().anyMatch(c -> s < c[1] && e > c[0]);
    }

    private Match longest(AnalyzedQuestion q, Cues cues, List<int[]> consumed, int start) {
        List<Token> tokens = q.tokens();
        for (int n = Math.min(MAX_PHRASE, tokens.size() - start); n >= 1; n--) {
            int end = start + n;
            if (anySkipped(q, cues, consumed, start, end)) {
                continue;
            }
            List<String> surface = new ArrayList<>();
            List<String> lemmas = new ArrayList<>();
            for (int k = start; k < end; k++) {
                surface.add(tokens.get(k).word());
                lemmas.add(tokens.get(k).lemma());
            }
            String key = Words.key(String.join(" ", surface));
            if (key.isEmpty() || Words.STOP.contains(key) || Words.STOP.contains(Words.key(surface.get(0))) && n > 1 && index.exact(key).isEmpty()) {
                continue;
            }
            List<CatalogIndex.Entry> hits = index.exact(key);
            Match.How how = Match.How.EXACT;
            double factor = 1.0;
            String lemmaKey = Words.key(String.join(" ", lemmas));
            if (hits.isEmpty() || (!lemmaKey.equals(key) && hits.stream().noneMatch(h -> h.how() == Match.How.EXACT)
                    && index.exact(lemmaKey).stream().anyMatch(h -> h.how() == Match.How.EXACT))) {
                // "invoiced": the word's lemma naming something ("invoice") beats the word as a piece of a longer name
                // ("customers invoiced").
                hits = index.exact(lemmaKey);
                how = Match.How.LEMMA;
                factor = 0.95;
            }
            if (hits.isEmpty() && n <= 3 && fuzzyAllowed(tokens, start, end, key)) {
                List<String> near = index.near(key);
                hits = new ArrayList<>();
                for (String k : near) {
                    hits.addAll(index.exact(k));
                }
                how = Match.How.FUZZY;
                factor = near.isEmpty() ? 0 : Words.distance(key, near.get(0), 2) == 1 ? 0.8 : 0.7;
            }
            if (!hits.isEmpty()) {
                return match(q, cues, String.join(" ", surface), start, end, hits, how, factor);
            }
        }
        return null;
    }

    private static boolean fuzzyAllowed(List<Token> tokens, int start, int end, String key) {
        for (int k = start; k < end; k++) {
            Token t = tokens.get(k);
            if (t.pos().startsWith("VB") || t.pos().startsWith("RB") || Words.STOP.contains(t.lower()) || t.word().chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return key.length() >= 5;
    }

    private boolean anySkipped(AnalyzedQuestion q, Cues cues, List<int[]> consumed, int start, int end) {
        for (int k = start; k < end; k++) {
            if (skip(q, cues, consumed, k)) {
                return true;
            }
        }
        return false;
    }

    private static Match match(AnalyzedQuestion q, Cues cues, String text, int start, int end, List<CatalogIndex.Entry> hits,
                               Match.How how, double factor) {
        double best = hits.stream().mapToDouble(CatalogIndex.Entry::weight).max().orElse(0);
        // Keep the best-named targets: a label beats a synonym for the same words.
        List<Target> targets = hits.stream().filter(h -> h.weight() >= best - 0.2).map(CatalogIndex.Entry::target).distinct().toList();
        Match.How used = how == Match.How.EXACT && hits.stream().allMatch(h -> h.how() == Match.How.SYNONYM) ? Match.How.SYNONYM : how;
        int offset = q.offsets().get(start);
        boolean negated = cues.negations().stream().anyMatch(n -> n <= offset && offset - n <= 12);
        return new Match(text, start, end, targets, used, Math.min(1.0, best * factor), negated);
    }

    private static List<NumberCondition> numbers(AnalyzedQuestion q, List<int[]> consumed) {
        List<NumberCondition> out = new ArrayList<>();
        String text = q.text();
        Matcher b = BETWEEN.matcher(text);
        while (b.find()) {
            if (inDate(q, b.start(), b.end())) {
                continue;
            }
            out.add(new NumberCondition(NumberCondition.Op.BETWEEN, value(b.group(1), b.group(2)), value(b.group(3), b.group(4)), b.start(), b.end()));
            consumed.add(new int[]{b.start(), b.end()});
        }
        Matcher m = COMPARISON.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (inDate(q, s, e) || consumed.stream().anyMatch(c -> s < c[1] && e > c[0])) {
                continue;
            }
            NumberCondition.Op op = switch (m.group(1)) {
                case "at least", "no less than", ">=" -> NumberCondition.Op.GE;
                case "less than", "fewer than", "lower than", "smaller than", "under", "below", "<" -> NumberCondition.Op.LT;
                case "at most", "no more than", "up to", "<=" -> NumberCondition.Op.LE;
                case "exactly", "equal to", "equals", "=" -> NumberCondition.Op.EQ;
                default -> NumberCondition.Op.GT;
            };
            double v = value(m.group(2), m.group(3));
            out.add(new NumberCondition(op, v, v, s, e));
            consumed.add(new int[]{s, e});
        }
        return out;
    }

    private static boolean inDate(AnalyzedQuestion q, int s, int e) {
        return q.dates().stream().anyMatch(d -> d.overlaps(s, e));
    }

    private static double value(String digits, String scale) {
        double v = Double.parseDouble(digits.replace(",", ""));
        if (scale == null) {
            return v;
        }
        return v * (scale.startsWith("m") ? 1_000_000 : 1_000);
    }

    /**
     * Whether the word after a bare "top"/"bottom" is plural: "the top customers" asks for a list (five), "the top
     * customer", "the top ranked team" or "the top selling product" for one.
     */
    private static boolean pluralFollows(String text, int end) {
        Matcher next = NEXT_WORD.matcher(text.substring(end));
        if (!next.lookingAt()) {
            return true;
        }
        String word = next.group(1).toLowerCase(java.util.Locale.ROOT);
        return !Words.singular(word).equals(word) || (word.endsWith("ed") || word.endsWith("ing")) && pluralFollows(text, end + next.end());
    }

    private static Rank rank(String text, List<int[]> consumed) {
        Matcher m = RANK.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (consumed.stream().anyMatch(c -> s < c[1] && e > c[0])) {
                continue;
            }
            consumed.add(new int[]{s, e});
            if (m.group(1) != null) {
                boolean top = TOP_WORDS.contains(m.group(1));
                return new Rank(top, CueReader.number(m.group(2)), true, s, e);
            }
            String w = m.group(3);
            boolean top = TOP_WORDS.contains(w);
            // "which 3 customers had the highest ...", "the 2 regions with the fewest ...": the count comes first.
            Matcher counted = COUNTED_PLURAL.matcher(text.substring(0, s));
            if (counted.find() && consumed.stream().noneMatch(c -> counted.start(1) < c[1] && counted.end(1) > c[0])) {
                int n = CueReader.number(counted.group(1));
                if (n >= 1 && n <= 100) {
                    return new Rank(top, n, true, s, e);
                }
            }
            return new Rank(top, (w.equals("top") || w.equals("bottom")) && pluralFollows(text, e) ? 5 : 1, false, s, e);
        }
        return null;
    }
}
