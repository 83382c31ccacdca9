package io.darkroom.bench.questions;

import io.darkroom.app.cli.Answerers;
import io.darkroom.core.config.DarkroomConfig;
import io.darkroom.core.spark.SparkSessions;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.nlq.QuestionAnswerer;
import io.darkroom.nlq.answer.Answer;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Asks every question of one or more question sets of their warehouse, with the question answerer
 * wired exactly as the app wires it ({@link Answerers#of}), and grades each answer against gold
 * computed by hand-written Spark SQL over the same warehouse tables (or over the source CSVs).
 *
 * <pre>
 * QuestionBench OUT_BASE NAME=QUESTIONS.tsv@HOME... [--csv PREFIX=DIR]...   writes OUT_BASE.md and OUT_BASE.json
 * QuestionBench --sql HOME [--csv PREFIX=DIR]...                              runs SQL from stdin (one query a line): for writing gold
 * </pre>
 * Gold views: each warehouse table under HOME/warehouse by its folder name (facts, documents, entities,
 * doc_features, ...), each imported dataset as ds_NAME, and with --csv each CSV file of DIR as PREFIX_FILE.
 */
public final class QuestionBench {
    /** One question set and the Darkroom home whose warehouse answers it. */
    record SetSpec(String name, Path questions, Path home) {
        SetSpec {
            Objects.requireNonNull(name, "name");
        }

        static SetSpec parse(String arg) {
            int eq = arg.indexOf('=');
            int at = arg.lastIndexOf('@');
            if (eq < 1 || at < eq) {
                throw new IllegalArgumentException("Cannot read set '" + arg + "': use NAME=QUESTIONS.tsv@HOME");
            }
            return new SetSpec(arg.substring(0, eq), Path.of(arg.substring(eq + 1, at)), Path.of(arg.substring(at + 1)));
        }
    }

    private QuestionBench() {
    }

    public static void main(String[] args) throws Exception {
        List<SetSpec> sets = new ArrayList<>();
        List<String[]> csvs = new ArrayList<>();
        String sqlHome = null;
        String out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--csv" -> csvs.add(args[++i].split("=", 2));
                case "--sql" -> sqlHome = args[++i];
                default -> {
                    if (out == null && sqlHome == null && !args[i].contains("=")) {
                        out = args[i];
                    } else {
                        sets.add(SetSpec.parse(args[i]));
                    }
                }
            }
        }
        String firstHome = sqlHome != null ? sqlHome : sets.get(0).home().toString();
        SparkSession spark = SparkSessions.create(new DarkroomConfig(firstHome, "local[2]"), "question-bench");
        spark.sparkContext().setLogLevel("ERROR");
        for (String[] csv : csvs) {
            registerCsvs(spark, csv[0], Path.of(csv[1]));
        }
        if (sqlHome != null) {
            registerWarehouse(spark, Path.of(sqlHome));
            runSql(spark);
            return;
        }
        List<QuestionRun.SetResult> results = new ArrayList<>();
        for (SetSpec s : sets) {
            registerWarehouse(spark, s.home());
            Warehouse warehouse = new Warehouse(spark, new DarkroomConfig(s.home().toString(), "local[2]"));
            QuestionAnswerer answerer = Answerers.of(warehouse);
            results.add(new QuestionRun(spark, answerer).run(s.name(), Question.read(s.questions())));
        }
        Report.write(results, Path.of(out + ".md"), Path.of(out + ".json"));
        spark.stop();
    }

    /** Warehouse tables as views, for gold SQL. Read directly (Delta paths), not through Darkroom's reader. */
    static void registerWarehouse(SparkSession spark, Path home) {
        File root = home.resolve("warehouse").toFile();
        File[] tables = Objects.requireNonNull(root.listFiles(File::isDirectory), "no warehouse under " + home);
        for (File t : tables) {
            if (new File(t, "_delta_log").isDirectory()) {
                spark.read().format("delta").load(t.getPath()).createOrReplaceTempView(t.getName());
            }
        }
        File[] datasets = new File(root, "datasets").listFiles(File::isDirectory);
        for (File d : datasets == null ? new File[0] : datasets) {
            spark.read().format("delta").load(d.getPath()).createOrReplaceTempView("ds_" + d.getName());
        }
    }

    static void registerCsvs(SparkSession spark, String prefix, Path dir) {
        File[] files = Objects.requireNonNull(dir.toFile().listFiles((d, n) -> n.endsWith(".csv")), "no CSV folder " + dir);
        for (File f : files) {
            spark.read().option("header", "true").option("inferSchema", "true").option("nullValue", "NULL").csv(f.getPath())
                    .createOrReplaceTempView(prefix + "_" + f.getName().replace(".csv", ""));
        }
    }

    private static void runSql(SparkSession spark) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            System.out.println("> " + line);
            try {
                spark.sql(line).collectAsList().stream().limit(60).forEach(r -> System.out.println("  " + plain(r)));
            } catch (RuntimeException e) {
                System.out.println("  ERROR " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
    }

    /** A Spark row as plain Java values (dates and timestamps as text, decimals as doubles). */
    static List<Object> plain(Row r) {
        List<Object> cells = new ArrayList<>(r.size());
        for (int i = 0; i < r.size(); i++) {
            Object v = r.get(i);
            if (v instanceof BigDecimal b) {
                v = b.doubleValue();
            } else if (v instanceof java.util.Date || v instanceof java.time.temporal.Temporal) {
                v = v.toString();
            }
            cells.add(v);
        }
        return cells;
    }

    static Reply reply(Answer a) {
        return new Reply(a.kind(), a.sentence(), a.table().columns(), a.table().rows());
    }

}
