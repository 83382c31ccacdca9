package io.darkroom.bench.questions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One benchmark question: its id, the plan kind a correct reading has, the conversation it belongs to
 * (consecutive rows of one session are asked in order), how to compare, the question and its gold.
 * Gold is hand-written Spark SQL over the warehouse views, or a literal ({@code =433},
 * {@code =2023:125|2024:143}) taken from the sample corpus' truth.json; never Darkroom's own answer.
 */
public record Question(String id, String kind, String session, Comparison comparison, String text, String gold) {
    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(text, "text");
        session = session == null || session.isBlank() || session.equals("-") ? null : session;
        gold = gold == null || gold.isBlank() || gold.equals("-") ? null : gold;
        boolean needsGold = comparison.mode() != Comparison.Mode.CLARIFY && comparison.mode() != Comparison.Mode.INSIGHT;
        if (needsGold && gold == null) {
            throw new IllegalArgumentException("Cannot use question " + id + ": comparison " + comparison + " needs a gold SQL query or =literal");
        }
    }

    public boolean literalGold() {
        return gold != null && gold.startsWith("=");
    }

    /** The literal gold as rows: "=433" is one value, "=a:1|b:2" two (label, value) rows. Numbers become doubles. */
    public List<List<Object>> literalRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (String row : gold.substring(1).split("\\|")) {
            List<Object> cells = new ArrayList<>();
            for (String cell : row.split(":", -1)) {
                cells.add(number(cell.trim()));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static Object number(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException notNumber) {
            return s;
        }
    }

    /**
     * Reads a question file: tab-separated, header {@code id kind session compare question gold},
     * '#' lines and blank lines ignored. Ids must be unique.
     */
    public static List<Question> read(Path file) throws IOException {
        List<Question> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean header = true;
        int lineNo = 0;
        for (String line : Files.readAllLines(file)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (header) {
                header = false;
                if (f[0].equals("id")) {
                    continue;
                }
            }
            if (f.length != 6) {
                throw new IllegalArgumentException("Cannot read " + file + " line " + lineNo + ": " + f.length
                        + " tab-separated fields, expected 6 (id kind session compare question gold)");
            }
            Question q = new Question(f[0].trim(), f[1].trim(), f[2].trim(), Comparison.parse(f[3]), f[4].trim(), f[5].trim());
            if (!ids.add(q.id())) {
                throw new IllegalArgumentException("Cannot read " + file + " line " + lineNo + ": duplicate id " + q.id());
            }
            out.add(q);
        }
        return out;
    }
}
