package io.darkroom.analytics.explain;

import io.darkroom.core.config.DarkroomConfig;
import io.darkroom.core.spark.SparkSessions;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.rand;
import static org.apache.spark.sql.functions.randn;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

/**
 * Not a test: times {@link KeyDriverAnalyzer} on a synthetic facts-like frame of N rows and counts
 * its Spark jobs, for the runtime note in the report. Run with the test classpath:
 * {@code java -cp ... io.darkroom.analytics.explain.KeyDriverRuntimeProbe 1000000 3}.
 */
public final class KeyDriverRuntimeProbe {
    private KeyDriverRuntimeProbe() {
    }

    public static void main(String[] args) {
        long rows = Long.parseLong(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        SparkSession spark = SparkSessions.create(new DarkroomConfig("target/probe-home", "local[2]"), "drivers-probe");
        spark.sparkContext().setLogLevel("WARN");
        AtomicInteger jobs = new AtomicInteger();
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart jobStart) {
                jobs.incrementAndGet();
            }
        });
        // Region North and the pair (product X, topic billing) are planted; organization has 500 values.
        Column region = pick(col("id"), 1, "North", "South", "East", "West", "Central");
        Column product = pick(col("id"), 2, "X", "Y", "Z", "W");
        Column topic = pick(col("id"), 3, "billing", "delivery", "login", "pricing", "returns", "other");
        Column organization = concat(lit("org-"), pmod(xxhash64(col("id"), lit(4)), lit(500)).cast("string"));
        Column risk = when(col("region").equalTo("North"), 0.34).otherwise(0.10);
        risk = when(col("product").equalTo("X").and(col("topic").equalTo("billing")), 0.5).otherwise(risk);
        Dataset<Row> frame = spark.range(rows).toDF("id")
                .withColumn("region", region).withColumn("product", product).withColumn("topic", topic)
                .withColumn("organization", organization)
                .withColumn("doc_id", concat(lit("d"), col("id").cast("string")))
                .withColumn("sentiment_label", when(rand(5).lt(risk), "negative").otherwise("neutral"))
                .withColumn("amount", exp(randn(6).multiply(0.5)).multiply(100)
                        .multiply(when(col("region").equalTo("North"), 2.0).otherwise(1.0)))
                .cache();
        System.out.println("rows " + frame.count());
        List<String> dimensions = List.of("region", "product", "topic", "organization", "doc_id");
        List<DriverTarget> targets = List.of(new DriverTarget.Outcome("sentiment_label", "negative"),
                new DriverTarget.Continuous("amount", Direction.HIGH));
        for (DriverTarget target : targets) {
            for (int run = 0; run < runs; run++) {
                jobs.set(0);
                long start = System.nanoTime();
                long cpu = processCpuNanos();
                DriverAnalysis analysis = KeyDriverAnalyzer.analyze(frame, target, dimensions, DriverOptions.defaults());
                long ms = (System.nanoTime() - start) / 1_000_000;
                long cpuMs = (processCpuNanos() - cpu) / 1_000_000;
                System.out.printf("%s run %d: %d ms wall, %d ms process CPU, %d Spark jobs, %d tested, %d drivers,"
                                + " drivers %s, dimensions %s%n", target, run, ms, cpuMs, jobs.get(), analysis.segmentsTested(), analysis.drivers().size(),
                        analysis.drivers().stream().map(d -> String.format("%s %.2fx %.0f%%", d.segment(),
                                d.effectRatio(), 100 * d.relativeContribution())).toList(),
                        analysis.dimensions().stream().map(DimensionImportance::dimension).toList());
            }
        }
        spark.stop();
    }

    /** CPU of the whole JVM (driver and local executors): what the run costs whatever else loads the machine. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Column pick(Column id, int salt, String... values) {
        Column index = pmod(xxhash64(id, lit(salt)), lit(values.length));
        Column out = lit(values[0]);
        for (int i = 1; i < values.length; i++) {
            out = when(index.equalTo(i), values[i]).otherwise(out);
        }
        return out;
    }
}
