package io.darkroom.nlq.plan;

import io.darkroom.nlq.analyze.Token;
import io.darkroom.nlq.resolve.Cues;
import io.darkroom.nlq.resolve.Match;
import io.darkroom.nlq.resolve.Resolution;
import io.darkroom.nlq.resolve.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a place in the table's own row order: "the first game", "the last title on the chart" (an end of the
 * rows the question filters to) and "who came after X", "the team listed previous to X", "the name below X"
 * (the neighbour of the row holding a named value). Only a question that asks for a cell (what, which, who ...)
 * and does not count, total or rank qualifies; anything less certain is left to the other plan kinds.
 */
final class RowPositions {
    // "the first", "its last", "is first on the chart": an end of the rows; "first 3" is a ranking and never reaches here.
    private static final Pattern END = Pattern.compile("\\b(the|its|his|her|their|is|was|are|comes|came|listed|appears) (very )?(first|last|final)\\b(?! \\d)");
    private static final Pattern NEIGHBOUR = Pattern.compile("\\b(?:right |just |immediately |directly )?(before|after|previous to|prior to|"
            + "preceding|preceded|following|succeeded|above|below)\\b");
    // "at the top of the chart": the first row, whatever column it is shown by; "top" here is no ranking.
    private static final Pattern TOP_OF = Pattern.compile("\\b(top|bottom) of (the|this) (table|chart|list|page)\\b");
    // An order the table does not have: "the first city listed alphabetically" sorts, it does not read the rows as kept.
    private static final Pattern OTHER_ORDER = Pattern.compile("\\b(alphabetical\\w*|chronological\\w*|sorted|order of)\\b");

    // Words that place a row on the page, not in time: "listed before", "the last name on the chart", "the row below".
    private static final Pattern ON_THE_PAGE = Pattern.compile("\\b(list|listed|lists|chart|table|page|above|below|appears?|comes?|came|shown|top|bottom)\\b");

    private final PlanContext ctx;

    RowPositions(PlanContext ctx) {
        this.ctx = ctx;
    }

    /** A {@link QueryPlan.RowAt} over {@code scope} when the question asks for a row by its place, else empty. */
    Optional<QueryPlan> plan(Resolution r, Scope scope) {
        Cues cues = r.cues();
        String text = r.question().text().toLowerCase(Locale.ROOT);
        Matcher topOf = TOP_OF.matcher(text);
        boolean placeWord = topOf.find() && r.rank() != null && r.rank().start() == topOf.start();
        if (!cues.lookup() || cues.count() || cues.aggregate() != Cues.Aggregate.NONE || (r.rank() != null && !placeWord)
                || cues.compare() != Cues.CompareCue.NONE || cues.anyInsight() || !r.numbers().isEmpty() || OTHER_ORDER.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher neighbour = NEIGHBOUR.matcher(text);
        if (neighbour.find() && !inDate(r, neighbour.start(), neighbour.end())) {
            return adjacent(r, scope, neighbour);
        }
        if (placeWord) {
            List<ColumnRef> asked = askedColumns(r, scope, Integer.MAX_VALUE);
            return Optional.of(new QueryPlan.RowAt(asked.isEmpty() ? List.of(ctx.entityColumn(scope.table())) : asked,
                    topOf.group(1).equals("top") ? QueryPlan.Position.FIRST : QueryPlan.Position.LAST, scope));
        }
        Matcher end = END.matcher(text);
        if (end.find() && !insideMatch(r, end.start(3)) && !inDate(r, end.start(3), end.end(3))) {
            QueryPlan.Position position = end.group(3).equals("first") ? QueryPlan.Position.FIRST : QueryPlan.Position.LAST;
            List<ColumnRef> asked = askedColumns(r, scope, Integer.MAX_VALUE);
            return asked.isEmpty() ? Optional.empty() : Optional.of(new QueryPlan.RowAt(asked, position, scope, time(text, scope)));
        }
        return Optional.empty();
    }

    /**
     * "which team won previous to crettyard": the value after the cue names the anchor row; the answer is the asked
     * column (a noun before the cue) of its neighbour, else the anchor's own column (the team before that team).
     * A value before the cue would be a filter on the neighbour, and a number after it a range ("after 2010"):
     * neither is a neighbour question this reads.
     */
    private Optional<QueryPlan> adjacent(Resolution r, Scope scope, Matcher cue) {
        QueryPlan.Position position = switch (cue.group(1)) {
            case "before", "previous to", "prior to", "preceding", "preceded", "above" -> QueryPlan.Position.BEFORE;
            default -> QueryPlan.Position.AFTER;
        };
        ColumnRef anchor = null;
        for (Match m : r.matchesOf(Target.ValueTarget.class)) {
            int offset = r.question().offsets().get(m.start());
            if (offset < cue.end()) {
                return Optional.empty();
            }
            if (anchor == null) {
                if (m.text().chars().noneMatch(Character::isLetter)) {
                    return Optional.empty();
                }
                Optional<PlanContext.Placed> placed = ctx.place(m, scope.table());
                if (placed.isEmpty()) {
                    return Optional.empty();
                }
                anchor = ctx.ref(placed.get().target());
            }
        }
        if (anchor == null || scope.conditions().isEmpty()) {
            return Optional.empty();
        }
        List<ColumnRef> columns = new ArrayList<>(askedColumns(r, scope, cue.start()));
        if (!columns.contains(anchor)) {
            columns.add(anchor);
        }
        return Optional.of(new QueryPlan.RowAt(columns, position, scope, time(text(r), scope)));
    }

    private static String text(Resolution r) {
        return r.question().text().toLowerCase(Locale.ROOT);
    }

    /**
     * The column that dates the rows when the question speaks of time ("won previous to X", "the last time"), so that a
     * table kept newest first is read from the bottom; null when the question places rows on the page or none dates them.
     */
    private ColumnRef time(String text, Scope scope) {
        if (ON_THE_PAGE.matcher(text).find()) {
            return null;
        }
        Optional<PlanContext.Placed> dated = ctx.timeColumn(scope.table());
        if (dated.isPresent() && dated.get().path().isEmpty()) {
            return ctx.ref(dated.get().target());
        }
        return ctx.table(scope.table()).columns().stream()
                .filter(c -> c.type() == io.darkroom.core.catalog.ColumnType.INTEGER && YEAR_LABEL.matcher(c.label()).find())
                .findFirst().map(c -> PlanContext.ref(scope.table(), c)).orElse(null);
    }

    private static final Pattern YEAR_LABEL = Pattern.compile("\\b(year|season)\\b");

    /**
     * Columns the question names by a noun before {@code before} (a character offset), in question order: "won" naming
     * the "wins" column is the verb of the question, not the cell it asks for.
     */
    private List<ColumnRef> askedColumns(Resolution r, Scope scope, int before) {
        List<ColumnRef> out = new ArrayList<>();
        for (Match m : r.matches()) {
            if (r.question().offsets().get(m.start()) >= before || m.has(Target.ValueTarget.class) || m.has(Target.TableTarget.class)
                    || !namedByNoun(r, m)) {
                continue;
            }
            Optional<PlanContext.Placed> placed = ctx.place(m, scope.table());
            if (placed.isEmpty() || !placed.get().path().isEmpty()) {
                continue;
            }
            Target t = placed.get().target();
            if (t instanceof Target.MeasureTarget mt && mt.measure().column() == null) {
                continue;
            }
            ColumnRef ref = ctx.ref(t);
            if (!out.contains(ref)) {
                out.add(ref);
            }
        }
        return out;
    }

    private static boolean namedByNoun(Resolution r, Match m) {
        for (int i = m.start(); i < m.end(); i++) {
            Token t = r.question().tokens().get(i);
            if (t.pos().startsWith("NN")) {
                return true;
            }
        }
        return false;
    }

    /** "the last quarter", "the first half of 2024", "before March": a period the date filter reads, not a row. */
    private static boolean inDate(Resolution r, int start, int end) {
        return r.question().dates().stream().anyMatch(d -> d.overlaps(start, end));
    }

    /** Whether the character offset falls inside a phrase the catalog matched ("first round" as a value of a column). */
    private static boolean insideMatch(Resolution r, int offset) {
        for (Match m : r.matches()) {
            int start = r.question().offsets().get(m.start());
            Token last = r.question().tokens().get(m.end() - 1);
            int end = r.question().offsets().get(m.end() - 1) + last.word().length();
            if (offset >= start && offset < end) {
                return true;
            }
        }
        return false;
    }
}
