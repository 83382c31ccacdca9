package io.darkroom.bench.feed;

import io.darkroom.analytics.catalog.CatalogRefresh;
import io.darkroom.analytics.feed.InsightFeed;
import io.darkroom.analytics.insight.FeedOptions;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.config.DarkroomConfig;
import io.darkroom.core.spark.SparkSessions;
import io.darkroom.core.warehouse.FactsTable;
import io.darkroom.core.warehouse.Warehouse;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.quarter;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;
import static org.apache.spark.sql.functions.year;

/**
 * Runtime of the whole insight feed over a synthetic fact table of N rows (one row per document,
 * three years, seven document types, products, regions, customers, topics, sentiment, amounts):
 * {@code FeedBenchmark <warehouse-dir> <rows>...}. Prints one JSON line per size.
 */
public final class FeedBenchmark {
    private FeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path base = Path.of(args[0]);
        SparkSession spark = SparkSessions.create(new DarkroomConfig(base.resolve("spark").toString(), "local[2]"), "feed-bench");
        spark.sparkContext().setLogLevel("ERROR");
        for (int a = 1; a < args.length; a++) {
            long rows = Long.parseLong(args[a]);
            Path home = base.resolve("rows-" + rows);
            Warehouse warehouse = new Warehouse(spark, new DarkroomConfig(home.toString(), "local[2]"));
            long t0 = System.nanoTime();
            warehouse.replace(FactsTable.TABLE, facts(spark, rows));
            Catalog catalog = new CatalogRefresh(warehouse).run();
            long t1 = System.nanoTime();
            InsightFeed.Run run = new InsightFeed(warehouse, FeedOptions.defaults()).run(catalog);
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "{\"rows\": %d, \"setup_s\": %.1f, \"feed_s\": %.1f, \"subjects\": %d, \"series\": %d,"
                            + " \"found\": \"%s\", \"kept\": %d, \"top\": \"%s\"}%n", rows, (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                    run.subjects(), run.series(), run.found(), run.ranked().size(),
                    run.ranked().isEmpty() ? "" : run.ranked().get(0).sentence().replace("\"", "'"));
        }
        spark.stop();
        Files.deleteIfExists(base.resolve("done"));
    }

    /** Deterministic pseudo-random facts from hashes of the row id; a planted spike and a collapse keep the feed busy. */
    static Dataset<Row> facts(SparkSession spark, long n) {
        Dataset<Row> ids = spark.range(n).toDF("i");
        Column h1 = pmod(xxhash64(col("i"), lit(1)), lit(1_000_000));
        Column h2 = pmod(xxhash64(col("i"), lit(2)), lit(1_000_000));
        Column h3 = pmod(xxhash64(col("i"), lit(3)), lit(1_000_000));
        Column day = date_add(lit(java.sql.Date.valueOf("2023-01-01")), pmod(xxhash64(col("i"), lit(4)), lit(1095)).cast("int"));
        Column type = pick(h1, "email,email,email,invoice,invoice,ticket,contract,meeting_notes,other,spreadsheet");
        Column product = pick(h2, "Pump A,Pump B,Valve C,Sensor D,Filter E,Actuator F,Controller G");
        Column region = pick(h3, "North,South,East,West");
        Column customer = pick(pmod(xxhash64(col("i"), lit(5)), lit(1000)), customers());
        Column topic = pick(pmod(xxhash64(col("i"), lit(6)), lit(1000)), "billing,delivery delays,quality,pricing,onboarding,support");
        Column noise = pmod(xxhash64(col("i"), lit(7)), lit(2001)).cast("double").divide(1000).minus(1);
        Column sentiment = when(topic.equalTo("delivery delays").and(day.between("2025-02-01", "2025-07-31")), noise.divide(2).minus(0.5))
                .otherwise(noise.divide(2).plus(0.2));
        Column amount = when(type.equalTo("invoice"), h2.divide(100).plus(100).cast("decimal(24,2)"));
        Dataset<Row> df = ids.select(
                concat(lit("doc-"), col("i").cast("string")).as(FactsTable.DOC_ID),
                concat(lit("share/"), col("i").cast("string")).as(FactsTable.FILE_PATH),
                lit(null).cast("string").as(FactsTable.PARENT_ID), type.as(FactsTable.DOC_TYPE),
                lit("text/plain").as(FactsTable.MIME), lit(null).cast("string").as(FactsTable.TITLE),
                day.cast("timestamp").as(FactsTable.BEST_DATE), day.as(FactsTable.DAY),
                date_format(day, "yyyy-MM").as(FactsTable.MONTH),
                concat(year(day).cast("string"), lit("-Q"), quarter(day).cast("string")).as(FactsTable.QUARTER),
                year(day).as(FactsTable.YEAR), topic.as(FactsTable.TOPIC), sentiment.as(FactsTable.SENTIMENT),
                when(sentiment.lt(-0.2), "negative").when(sentiment.gt(0.2), "positive").otherwise("neutral").as(FactsTable.SENTIMENT_LABEL),
                amount.as(FactsTable.AMOUNT), when(amount.isNotNull(), lit("EUR")).as(FactsTable.CURRENCY),
                customer.as(FactsTable.ORGANIZATION), lit(null).cast("string").as(FactsTable.SENDER), region.as(FactsTable.LOCATION),
                lit(1).as(FactsTable.PEOPLE_MENTIONED), lit(1).as(FactsTable.ORGANIZATIONS_MENTIONED), lit(1).as(FactsTable.AMOUNTS_MENTIONED),
                when(type.equalTo("ticket"), product).as("field_product"), when(type.equalTo("ticket"), region).as("field_region"),
                when(type.equalTo("invoice"), customer).as("field_customer"));
        // Keep the schema's order and nullability: the table's declared columns first, then the field_ columns.
        List<Column> ordered = new ArrayList<>();
        for (StructField f : FactsTable.TABLE.schema().fields()) {
            ordered.add(col(f.name()));
        }
        ordered.add(col("field_product"));
        ordered.add(col("field_region"));
        ordered.add(col("field_customer"));
        return df.select(ordered.toArray(Column[]::new));
    }

    private static Column pick(Column hash, String csv) {
        int k = csv.split(",").length;
        return element_at(split(lit(csv), ","), pmod(hash, lit(k)).cast("int").plus(1));
    }

    private static String customers() {
        StringBuilder b = new StringBuilder();
        for (int c = 1; c <= 40; c++) {
            b.append(c == 1 ? "" : ",").append("Customer ").append(c);
        }
        return b.toString();
    }

}
