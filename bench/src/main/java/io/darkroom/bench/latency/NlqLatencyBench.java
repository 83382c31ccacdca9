package io.darkroom.bench.latency;

import io.darkroom.analytics.catalog.CatalogBuilder;
import io.darkroom.analytics.catalog.CatalogRefresh;
import io.darkroom.analytics.catalog.TableSource;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogStore;
import io.darkroom.core.config.DarkroomConfig;
import io.darkroom.core.spark.SparkSessions;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.core.warehouse.WarehouseTable;
import io.darkroom.nlq.analyze.CoreNlpTokens;
import io.darkroom.nlq.exec.TableReader;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.xxhash64;

/**
 * Question → answer latency in a warm JVM, stage by stage, on a synthetic sales table of N rows and on
 * a copy of a sample warehouse: {@code NlqLatencyBench <work-dir> <rows> <rounds> <sample-warehouse|-> <out.jsonl>}.
 * Writes one JSON line per timed question and round; the first question of each warehouse (the one that
 * loads CoreNLP and fills Spark's cache) is printed with round 0 and left out of the percentiles.
 */
public final class NlqLatencyBench {
    static final String SALES = "datasets/sales";

    private NlqLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        int rounds = Integer.parseInt(args[2]);
        String sample = args[3];
        SparkSession spark = SparkSessions.create(new DarkroomConfig(work.resolve("spark").toString(), "local[2]"), "nlq-latency");
        spark.sparkContext().setLogLevel("ERROR");
        for (int a = 5; a < args.length; a++) {
            String[] kv = args[a].split("=", 2);
            spark.conf().set(kv[0], kv[1]);
        }
        CoreNlpTokens tokens = new CoreNlpTokens();
        JobClock jobs = new JobClock(spark.sparkContext());
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[4])), true, "UTF-8")) {
            Warehouse synthetic = new Warehouse(spark, new DarkroomConfig(work.resolve("synthetic").toString(), "local[2]"));
            long t0 = System.nanoTime();
            WarehouseTable sales = new WarehouseTable(SALES, new StructType());
            synthetic.replace(sales, sales(spark, rows));
            Catalog catalog = new CatalogStore(synthetic).save(new CatalogBuilder().build(
                    List.of(new TableSource(SALES, "sales", "synthetic " + rows + " rows", synthetic.read(sales))), Map.of()));
            System.err.printf(Locale.ROOT, "synthetic: %d rows written and catalogued in %.1f s%n", rows, (System.nanoTime() - t0) / 1e9);
            run("synthetic-" + rows, new StageTimer(catalog, TableReader.of(synthetic), tokens, jobs, Clock.systemUTC()),
                    salesQuestions(), rounds, out);
            if (!sample.equals("-") && Files.isDirectory(Path.of(sample))) {
                Path copy = work.resolve("sample-warehouse");
                copyTree(Path.of(sample), copy);
                Warehouse warehouse = new Warehouse(spark, copy.toUri().toString().replaceAll("/$", ""));
                // Rebuilt on the copy so the measures follow the current catalog rules (the original is never written).
                Catalog sampleCatalog = new CatalogRefresh(warehouse).run();
                run("sample", new StageTimer(sampleCatalog, TableReader.of(warehouse), tokens, jobs, Clock.systemUTC()),
                        documentQuestions(), rounds, out);
            }
        }
        spark.stop();
    }

    private static void run(String warehouse, StageTimer timer, List<BenchQuestion> questions, int rounds, PrintStream out) {
        print(out, warehouse, 0, timer.ask(questions.get(0)));
        for (int round = 1; round <= rounds; round++) {
            for (BenchQuestion q : questions) {
                print(out, warehouse, round, timer.ask(q));
            }
        }
    }

    private static void print(PrintStream out, String warehouse, int round, StageTimer.Timing t) {
        out.printf(Locale.ROOT, "{\"warehouse\": \"%s\", \"round\": %d, \"question\": \"%s\", \"expected\": \"%s\", \"kind\": \"%s\","
                        + " \"rows\": %d, \"analyze_ms\": %.2f, \"resolve_ms\": %.2f, \"plan_ms\": %.2f, \"execute_ms\": %.2f,"
                        + " \"answer_ms\": %.2f, \"total_ms\": %.2f, \"jobs\": %d, \"tasks\": %d, \"job_wall_ms\": %.1f,"
                        + " \"task_run_ms\": %.1f}%n", warehouse, round, t.question().replace("\"", "'"),
                t.expectedKind(), t.kind(), t.rows(), t.analyzeMs(), t.resolveMs(), t.planMs(), t.executeMs(), t.answerMs(), t.totalMs(),
                t.jobs().count(), t.jobs().tasks(), t.jobs().jobWallMs(), t.jobs().taskRunMs());
    }

    /** Three years of order lines: date, region, product, customer, amount, quantity; deterministic hashes of the row id. */
    static Dataset<Row> sales(SparkSession spark, long n) {
        Column id = col("id");
        Column quantity = pmod(xxhash64(id, lit(1)), lit(20)).plus(1);
        Column product = element_at(split(lit("Pump A,Pump B,Valve C,Sensor D,Filter E,Actuator F,Controller G,Gasket H"), ","),
                pmod(xxhash64(id, lit(2)), lit(8)).plus(1).cast("int"));
        Column unitPrice = pmod(xxhash64(id, lit(3)), lit(50_000)).cast("double").divide(100).plus(5);
        return spark.range(n).select(
                date_add(lit(java.sql.Date.valueOf("2023-01-01")), pmod(xxhash64(id, lit(4)), lit(1095)).cast("int")).as("order_date"),
                element_at(split(lit("North,South,East,West"), ","), pmod(xxhash64(id, lit(5)), lit(4)).plus(1).cast("int")).as("region"),
                product.as("product"),
                element_at(split(lit(String.join(",", customers())), ","), pmod(xxhash64(id, lit(6)), lit(1000)).plus(1).cast("int")).as("customer"),
                quantity.multiply(unitPrice).cast("decimal(12,2)").as("amount"),
                quantity.cast("int").as("quantity"));
    }

    /** 1,000 company names: 40 stems × 25 endings. */
    private static List<String> customers() {
        String[] stems = ("Acme,Globex,Initech,Umbrella,Hooli,Stark,Wayne,Wonka,Tyrell,Cyberdyne,Soylent,Vandelay,Gringotts,Oscorp,"
                + "Aperture,Massive,Dunder,Pied Piper,Prestige,Monarch,Nakatomi,Virtucon,Gekko,Oceanic,Sirius,Blue Sun,Ollivander,"
                + "Rekall,Weyland,Zorg,Duff,Krusty,Bluth,Sterling,Pendant,Kramerica,Yoyodyne,Spacely,Cogswell,Vehement").split(",");
        String[] endings = ("Logistics,Foods,Energy,Labs,Systems,Retail,Motors,Pharma,Media,Capital,Textiles,Mining,Airlines,"
                + "Robotics,Chemicals,Insurance,Telecom,Hotels,Shipping,Steel,Software,Farms,Water,Paper,Glass").split(",");
        List<String> out = new ArrayList<>();
        for (String s : stems) {
            for (String e : endings) {
                out.add(s + " " + e);
            }
        }
        return out;
    }

    /** The first question is the warm-up. */
    static List<BenchQuestion> salesQuestions() {
        return List.of(
                BenchQuestion.aggregate("total amount"),
                BenchQuestion.aggregate("total amount in 2024"),
                BenchQuestion.aggregate("total amount in North"),
                BenchQuestion.aggregate("total quantity for Pump A"),
                BenchQuestion.aggregate("average amount in Q3 2024"),
                BenchQuestion.aggregate("how many sales in 2025"),
                BenchQuestion.aggregate("total amount for Valve C in South"),
                BenchQuestion.aggregate("average quantity in March 2024"),
                BenchQuestion.aggregate("how many sales in West in 2024"),
                BenchQuestion.aggregate("total amount excluding North"),
                BenchQuestion.aggregate("total amount for Globex Energy"),
                BenchQuestion.breakdown("total amount by region"),
                BenchQuestion.breakdown("total quantity by product"),
                BenchQuestion.breakdown("amount by region in 2024"),
                BenchQuestion.breakdown("average amount by product"),
                BenchQuestion.breakdown("how many sales by region"),
                BenchQuestion.breakdown("total amount by region and product"),
                BenchQuestion.breakdown("total quantity by region for Pump B"),
                BenchQuestion.breakdown("average amount by region in Q1 2025"),
                BenchQuestion.breakdown("number of sales by product in 2023"),
                BenchQuestion.breakdown("total amount by product excluding East"),
                BenchQuestion.breakdown("total amount by customer"),
                BenchQuestion.trend("total amount per month"),
                BenchQuestion.trend("total quantity by quarter"),
                BenchQuestion.trend("total amount per month in 2024"),
                BenchQuestion.trend("how many sales per week in 2025"),
                BenchQuestion.trend("average amount per month for Filter E"),
                BenchQuestion.trend("total amount by year"),
                BenchQuestion.trend("quantity per month in North"),
                BenchQuestion.trend("total amount per quarter for Pump A in 2024"),
                BenchQuestion.trend("average quantity per month in 2023"),
                BenchQuestion.trend("monthly amount in South"),
                BenchQuestion.trend("number of sales per day in December 2024"));
    }

    static List<BenchQuestion> documentQuestions() {
        return List.of(
                BenchQuestion.aggregate("how many documents"),
                BenchQuestion.aggregate("how many invoices in 2024"),
                BenchQuestion.aggregate("total amount of invoices"),
                BenchQuestion.aggregate("average sentiment of e-mails"),
                BenchQuestion.aggregate("how many e-mails in 2025"),
                BenchQuestion.aggregate("total amount in 2024"),
                BenchQuestion.aggregate("how many tickets"),
                BenchQuestion.aggregate("average amount of invoices in 2023"),
                BenchQuestion.aggregate("how many contracts in Q1 2024"),
                BenchQuestion.aggregate("sentiment of tickets"),
                BenchQuestion.aggregate("how many documents from Acme"),
                BenchQuestion.breakdown("how many documents by type"),
                BenchQuestion.breakdown("documents by topic"),
                BenchQuestion.breakdown("total amount by organization"),
                BenchQuestion.breakdown("average sentiment by type"),
                BenchQuestion.breakdown("how many e-mails by sender"),
                BenchQuestion.breakdown("invoices by organization in 2024"),
                BenchQuestion.breakdown("documents by sentiment label"),
                BenchQuestion.breakdown("how many documents by location"),
                BenchQuestion.breakdown("tickets by priority"),
                BenchQuestion.breakdown("documents by type and topic"),
                BenchQuestion.trend("documents per month"),
                BenchQuestion.trend("invoices per month"),
                BenchQuestion.trend("total amount per quarter"),
                BenchQuestion.trend("e-mails per week in 2024"),
                BenchQuestion.trend("average sentiment per month"),
                BenchQuestion.trend("how many tickets by month in 2025"),
                BenchQuestion.trend("documents per year"),
                BenchQuestion.trend("total amount of invoices per month"),
                BenchQuestion.trend("contracts per quarter"),
                BenchQuestion.trend("documents over time"),
                BenchQuestion.trend("monthly invoices in 2024"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
