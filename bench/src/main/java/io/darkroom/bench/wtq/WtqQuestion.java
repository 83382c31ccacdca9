package io.darkroom.bench.wtq;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One WikiTableQuestions question: its id, text, table (the {@code context} path, e.g.
 * {@code csv/204-csv/590.csv}) and gold values (the {@code |}-separated {@code targetValue}, unescaped).
 */
public record WtqQuestion(String id, String utterance, String context, List<String> gold) {
    public WtqQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(utterance, "utterance");
        Objects.requireNonNull(context, "context");
        gold = List.copyOf(gold);
    }

    /** The table's TSV (the dataset's CSV header escapes quotes in a non-standard way; the TSV is clean). */
    public Path tsv(Path dataRoot) {
        return dataRoot.resolve(context.replaceFirst("\\.csv$", ".tsv"));
    }

    /**
     * A dataset name for the table, its numbers spelled in consonants ({@code csv/204-csv/590.csv} → {@code wtq_dbg_glb}):
     * the import combines same-schema files whose paths differ only in digits into one series dataset (right for
     * monthly exports, wrong for these unrelated tables), and consonant runs read as no English word.
     */
    public String datasetName() {
        String[] parts = context.replaceAll("^csv/(\\d+)-csv/(\\d+)\\.csv$", "$1 $2").split(" ");
        StringBuilder b = new StringBuilder("wtq");
        for (String part : parts) {
            b.append('_');
            part.chars().forEach(c -> b.append(Character.isDigit(c) ? "bcdfghjklm".charAt(c - '0') : (char) c));
        }
        return b.toString();
    }

    /** Reads questions.tsv (header {@code id utterance context targetValue}). */
    public static List<WtqQuestion> read(Path questionsTsv) throws IOException {
        List<WtqQuestion> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(questionsTsv);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                throw new IllegalArgumentException("Cannot read WikiTableQuestions line '" + line + "': expected 4 tab-separated fields");
            }
            List<String> gold = new ArrayList<>();
            for (String v : f[3].split("\\|", -1)) {
                gold.add(unescape(v));
            }
            out.add(new WtqQuestion(f[0], unescape(f[1]), f[2], gold));
        }
        return out;
    }

    /** The dataset's TSV escapes: {@code \n} newline, {@code \p} pipe, {@code \\} backslash. */
    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 'n' -> '\n';
                    case 'p' -> '|';
                    case '\\' -> '\\';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
