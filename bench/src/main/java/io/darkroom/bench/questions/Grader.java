package io.darkroom.bench.questions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Holds a reply against gold rows and names the cause of a miss in a few words, so misses can be
 * counted by cause. Labels compare case- and space-insensitively (a whole-number double "2024.0" reads
 * as "2024", a midnight timestamp as its date); values compare within the question's relative tolerance.
 */
public final class Grader {
    /** How many of the first search results must be real hits: what a user reads before giving up. */
    static final int TOP_DOCUMENTS = 5;

    /** The outcome for one question: right or not, and if not why, with both sides in short text. */
    public record Verdict(boolean correct, String cause, String expected, String got) {
    }

    public Verdict grade(Question q, Reply reply, List<List<Object>> gold, boolean followUp) {
        Verdict v = judge(q, reply, gold);
        if (!v.correct() && followUp && !v.cause().startsWith("follow-up")) {
            return new Verdict(false, "follow-up: " + v.cause(), v.expected(), v.got());
        }
        return v;
    }

    private Verdict judge(Question q, Reply r, List<List<Object>> gold) {
        Comparison c = q.comparison();
        String got = describe(r);
        switch (c.mode()) {
            case CLARIFY:
                return r.clarified() ? ok("clarification", got) : miss("answered instead of clarifying", "a clarification", got);
            case INSIGHT:
                if (r.clarified()) {
                    return miss(clarifiedCause(r), q.kind(), got);
                }
                if (!r.kind().equals(q.kind())) {
                    return miss("wrong plan kind (" + r.kind() + " instead of " + q.kind() + ")", q.kind(), got);
                }
                return r.rows().isEmpty() ? miss("insight empty or not available", "a non-empty " + q.kind(), got) : ok(q.kind(), got);
            default:
        }
        String expected = describeRows(gold);
        if (r.clarified()) {
            return miss(clarifiedCause(r), expected, got);
        }
        if (r.rows().isEmpty()) {
            return miss("empty result", expected, got);
        }
        if (gold.isEmpty()) {
            return miss("gold is empty (question file error)", expected, got);
        }
        return switch (c.mode()) {
            case SCALAR -> scalar(q, r, gold, expected, got);
            case PAIRS, TRIPLES -> set(q, r, gold, expected, got);
            case VALUES -> values(q, r, gold, expected, got);
            case CONTAINS -> contains(r, gold, c.tolerance(), expected, got);
            case SUBSET -> subset(r, gold, expected, got);
            default -> throw new IllegalStateException("handled above: " + c.mode());
        };
    }

    /** Why the answerer asked back, from its own sentence: the clarification reasons differ in what would fix them. */
    static String clarifiedCause(Reply r) {
        String s = r.sentence();
        if (r.failedToRun()) {
            return "failed to run (turned into a clarification)";
        }
        if (s.contains("several tables")) {
            return "clarified: several tables fit equally well";
        }
        if (s.contains("could not connect")) {
            return "clarified: no join path to the table it picked";
        }
        if (s.contains("do not know")) {
            return "clarified: unknown word";
        }
        if (s.contains("which column the number")) {
            return "clarified: number not tied to a column";
        }
        if (s.contains("could not find anything")) {
            return "clarified: nothing recognised";
        }
        return "clarified instead of answering";
    }

    private Verdict scalar(Question q, Reply r, List<List<Object>> gold, String expected, String got) {
        Object want = gold.get(0).get(gold.get(0).size() - 1);
        List<Object> first = r.rows().get(0);
        Object value = first.get(first.size() - 1);
        if (close(value, want, q.comparison().tolerance()) && r.rows().size() == 1) {
            return ok(expected, got);
        }
        if (r.rows().size() > 1) {
            return miss("several rows instead of one number (" + r.kind() + ")", expected, got);
        }
        if (!(value instanceof Number)) {
            return miss("not a number", expected, got);
        }
        return miss(numberCause(q, r, ((Number) value).doubleValue(), want), expected, got);
    }

    /** A rough reason for a wrong single number, from how it relates to the gold. */
    private static String numberCause(Question q, Reply r, double got, Object want) {
        if (!(want instanceof Number)) {
            return "wrong value";
        }
        double w = ((Number) want).doubleValue();
        if (!r.kind().equals(q.kind()) && !q.kind().equals("aggregate")) {
            return "wrong plan kind (" + r.kind() + " instead of " + q.kind() + ")";
        }
        if (got > w) {
            return "number too large (filter dropped or wrong measure)";
        }
        return "number too small (extra filter, wrong period or wrong measure)";
    }

    private Verdict set(Question q, Reply r, List<List<Object>> gold, String expected, String got) {
        int keys = q.comparison().keys();
        if (r.columns().size() <= keys) {
            return miss("too few columns (" + r.kind() + ")", expected, got);
        }
        Map<List<String>, Object> want = keyed(gold, keys);
        Map<List<String>, Object> have = keyed(r.rows(), keys);
        // A zero or empty group on one side only (a zero-filled month, an empty bucket) says the same as its absence.
        want.entrySet().removeIf(e -> !have.containsKey(e.getKey()) && zero(e.getValue()));
        have.entrySet().removeIf(e -> !want.containsKey(e.getKey()) && zero(e.getValue()));
        if (have.keySet().equals(want.keySet())) {
            for (Map.Entry<List<String>, Object> e : want.entrySet()) {
                if (!close(have.get(e.getKey()), e.getValue(), q.comparison().tolerance())) {
                    return miss("right groups, wrong values (measure or filter)", expected, got);
                }
            }
            return ok(expected, got);
        }
        Set<List<String>> common = new HashSet<>(have.keySet());
        common.retainAll(want.keySet());
        if (common.isEmpty()) {
            return miss(r.kind().equals(q.kind()) ? "wrong grouping (no label in common)"
                    : "wrong plan kind (" + r.kind() + " instead of " + q.kind() + ")", expected, got);
        }
        if (have.keySet().containsAll(want.keySet())) {
            return miss("extra groups (filter or limit missing)", expected, got);
        }
        if (want.keySet().containsAll(have.keySet())) {
            return miss("missing groups (filter too narrow, wrong period or limit)", expected, got);
        }
        return miss("partly different groups", expected, got);
    }

    /** The numbers of a comparison, whatever the answerer calls its periods: each row's first number, as a multiset. */
    private Verdict values(Question q, Reply r, List<List<Object>> gold, String expected, String got) {
        List<Double> want = gold.stream().map(row -> number(row.get(row.size() - 1))).filter(java.util.Objects::nonNull).sorted().toList();
        List<Double> have = r.rows().stream().map(Grader::firstNumber).filter(java.util.Objects::nonNull).sorted().toList();
        if (have.size() != want.size()) {
            return miss(have.size() < want.size() ? "missing groups (filter too narrow, wrong period or limit)"
                    : "extra groups (filter or limit missing)", expected, got);
        }
        for (int i = 0; i < want.size(); i++) {
            if (!close(have.get(i), want.get(i), q.comparison().tolerance())) {
                return miss("right shape, wrong values (measure, period or filter)", expected, got);
            }
        }
        return ok(expected, got);
    }

    private static Double firstNumber(List<Object> row) {
        for (Object v : row) {
            if (v instanceof Number n) {
                return n.doubleValue();
            }
        }
        return null;
    }

    /** Rows by their key labels; rows whose key is null (the "unknown" bucket) are left out on both sides. */
    private static Map<List<String>, Object> keyed(List<List<Object>> rows, int keys) {
        Map<List<String>, Object> out = new HashMap<>();
        for (List<Object> row : rows) {
            List<String> k = key(row, keys);
            if (!k.contains("null")) {
                out.put(k, row.get(keys));
            }
        }
        return out;
    }

    private static boolean zero(Object v) {
        Double d = number(v);
        return v == null || (d != null && d == 0);
    }

    private Verdict contains(Reply r, List<List<Object>> gold, double tolerance, String expected, String got) {
        Object want = gold.get(0).get(0);
        for (List<Object> row : r.rows()) {
            for (Object cell : row) {
                if (cell != null && (close(cell, want, tolerance) || label(cell).equals(label(want)))) {
                    return ok(expected, got);
                }
            }
        }
        return miss("value not in the answer (wrong row or column)", expected, got);
    }

    /** Precision at the top: the first {@value #TOP_DOCUMENTS} documents returned (or all, if fewer) must all be gold hits. */
    private Verdict subset(Reply r, List<List<Object>> gold, String expected, String got) {
        Set<String> want = gold.stream().map(row -> label(row.get(0))).collect(Collectors.toSet());
        List<List<Object>> top = r.rows().subList(0, Math.min(TOP_DOCUMENTS, r.rows().size()));
        long wrong = top.stream().filter(row -> !want.contains(label(row.get(0)))).count();
        return wrong == 0 ? ok(expected, got)
                : miss("top documents are not about the question (" + r.kind() + ")", expected, wrong + " of the top " + top.size() + " miss: " + got);
    }

    private static List<String> key(List<Object> row, int keys) {
        List<String> k = new ArrayList<>(keys);
        for (int i = 0; i < keys; i++) {
            k.add(label(row.get(i)));
        }
        return k;
    }

    /** A label as compared: trimmed, lower case, single spaces; whole numbers without ".0"; midnight timestamps as dates. */
    static String label(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            double d = ((Number) v).doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
        }
        String s = v.toString().trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (s.matches("\\d{4}-\\d{2}-\\d{2}[ t]00:00(:00(\\.0+)?)?")) {
            return s.substring(0, 10);
        }
        return s;
    }

    static boolean close(Object got, Object want, double tolerance) {
        Double g = number(got);
        Double w = number(want);
        if (g == null || w == null) {
            return false;
        }
        return Math.abs(g - w) <= Math.max(tolerance * Math.abs(w), 1e-9);
    }

    private static Double number(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim().replace(",", ""));
            } catch (NumberFormatException notNumber) {
                return null;
            }
        }
        return null;
    }

    private static Verdict ok(String expected, String got) {
        return new Verdict(true, "", expected, got);
    }

    private static Verdict miss(String cause, String expected, String got) {
        return new Verdict(false, cause, expected, got);
    }

    static String describe(Reply r) {
        if (r.rows().isEmpty()) {
            return r.kind() + ": " + abbreviate(r.sentence(), 160);
        }
        return r.kind() + " " + describeRows(r.rows());
    }

    static String describeRows(List<List<Object>> rows) {
        String body = rows.stream().limit(6).map(row -> row.stream().map(Grader::cell).collect(Collectors.joining(", ", "(", ")")))
                .collect(Collectors.joining(" "));
        return abbreviate(body + (rows.size() > 6 ? " … " + rows.size() + " rows" : ""), 240);
    }

    private static String cell(Object v) {
        if (v instanceof Double d && d != Math.rint(d)) {
            return String.format(Locale.ROOT, "%.4g", d);
        }
        return label(v);
    }

    private static String abbreviate(String s, int max) {
        String one = s.replace('\n', ' ').replace('|', '/');
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
