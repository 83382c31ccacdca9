package io.darkroom.app.cli;

import io.darkroom.nlq.answer.Answer;
import io.darkroom.nlq.answer.ResultTable;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Prints an answer for a person at a terminal: sentence, table, how it was read, SQL. */
final class AnswerPrinter {
    private static final int MAX_ROWS = 60;

    private AnswerPrinter() {
    }

    static void print(Answer answer, PrintStream out) {
        out.println(answer.sentence());
        if (!answer.table().rows().isEmpty() && (answer.table().rows().size() > 1 || answer.table().columns().size() > 1)) {
            out.println();
            printTable(answer.table(), out);
        }
        out.println();
        out.println("  " + answer.interpretation());
        if (answer.sql() != null) {
            out.println("  SQL: " + answer.sql());
        }
        if (!answer.followUps().isEmpty()) {
            out.println("  Try next: " + String.join(" | ", answer.followUps()));
        }
    }

    static void printTable(ResultTable table, PrintStream out) {
        List<String> header = table.columns();
        List<List<String>> cells = new ArrayList<>();
        for (List<Object> row : table.rows().subList(0, Math.min(MAX_ROWS, table.rows().size()))) {
            List<String> line = new ArrayList<>();
            for (Object v : row) {
                line.add(v == null ? "(none)" : format(v));
            }
            cells.add(line);
        }
        int[] width = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            width[i] = header.get(i).length();
            for (List<String> line : cells) {
                width[i] = Math.max(width[i], line.get(i).length());
            }
        }
        out.println("  " + format(header, width));
        StringBuilder rule = new StringBuilder();
        for (int w : width) {
            rule.append("-".repeat(w)).append("  ");
        }
        out.println("  " + rule.toString().stripTrailing());
        for (List<String> line : cells) {
            out.println("  " + format(line, width));
        }
        if (table.rows().size() > MAX_ROWS) {
            out.println("  ... " + (table.rows().size() - MAX_ROWS) + " more rows (use --json for all)");
        }
    }

    /** Whole numbers with separators; fractions with two decimals (sentiment -0.42 must not print as 0). */
    private static String format(Object v) {
        if (v instanceof Double || v instanceof Float || v instanceof java.math.BigDecimal) {
            double d = ((Number) v).doubleValue();
            return d == Math.rint(d) && Math.abs(d) >= 1000 ? String.format("%,.0f", d) : String.format("%,.2f", d);
        }
        if (v instanceof Number n) {
            return String.format("%,d", n.longValue());
        }
        return v.toString();
    }

    private static String format(List<String> values, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            boolean numeric = v.matches("[0-9,.-]+");
            sb.append(numeric ? " ".repeat(width[i] - v.length()) + v : v + " ".repeat(width[i] - v.length())).append("  ");
        }
        return sb.toString().stripTrailing();
    }
}
