package io.darkroom.bench.corenlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.management.OperatingSystemMXBean;
import io.darkroom.analytics.enrich.AnnotatedDocument;
import io.darkroom.analytics.enrich.AnnotatorOptions;
import io.darkroom.analytics.enrich.DocumentAnnotator;
import io.darkroom.analytics.enrich.DocumentInput;
import io.darkroom.analytics.enrich.EmailDirectory;
import io.darkroom.analytics.enrich.EnrichmentStage;
import io.darkroom.core.config.DarkroomConfig;
import io.darkroom.core.spark.SparkSessions;
import io.darkroom.core.warehouse.DocFeaturesTable;
import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.text.NlpPipelines;
import io.darkroom.text.PipelineProfile;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_timestamp;

/**
 * CoreNLP annotation throughput of the enrichment stage inside Spark local[2] against the same
 * {@link DocumentAnnotator} alone in one JVM with a pool of threads sharing the JVM's pipelines
 * (what Spark's task threads do). Both modes read the same exported texts and e-mail directory.
 *
 * <ul>
 *   <li>{@code prepare <warehouse> <texts.json> <docs>}: the first {@code docs} documents with text, by doc_id.</li>
 *   <li>{@code alone <texts.json> <threads> <passes> <result.json>} and {@code spark <texts.json> <passes>
 *       <result.json>}: a warm-up pass over the first documents (loads the models, warms the JIT; timed apart),
 *       then {@code passes} timed passes over all of them.</li>
 * </ul>
 */
public final class CoreNlpThroughputBench {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int WARM_UP_DOCS = 40;

    private CoreNlpThroughputBench() {
    }

    /** What both modes read: the documents' annotator inputs and every From/To/Cc header value. */
    public record Texts(List<Text> documents, List<String> headers) {
    }

    /** One document as the stage reads it; dates are ISO strings or null. */
    public record Text(String docId, String text, String language, String sentAt, String created, String modified) {
    }

    /** One timed pass. {@code cpuShare}: process CPU time / (wall × cores), 1.0 = every core busy all the time. */
    public record Pass(double seconds, long documents, long tokens, double cpuShare) {
    }

    public record Result(String mode, int threads, int documents, long loadEntitiesMillis, long loadDatesMillis,
                         double warmUpSeconds, List<Pass> passes) {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "prepare" -> prepare(args[1], Path.of(args[2]), Integer.parseInt(args[3]));
            case "alone" -> write(alone(read(Path.of(args[1])), Integer.parseInt(args[2]), Integer.parseInt(args[3])),
                    Path.of(args[4]));
            case "spark" -> write(spark(read(Path.of(args[1])), Integer.parseInt(args[2])), Path.of(args[3]));
            default -> throw new IllegalArgumentException("Cannot run mode '" + args[0] + "': use prepare, alone or spark");
        }
    }

    private static void prepare(String warehouse, Path out, int docs) throws IOException {
        SparkSession spark = SparkSessions.create(new DarkroomConfig(Files.createTempDirectory("corenlp-prep").toString(),
                "local[2]"), "corenlp-throughput-prepare");
        Dataset<Row> documents = spark.read().format("delta").load(warehouse.replaceAll("/$", "") + "/documents");
        List<Text> texts = documents.where(col(DocumentsTable.TEXT).isNotNull().and(col(DocumentsTable.TEXT).notEqual("")))
                .orderBy(DocumentsTable.DOC_ID).limit(docs)
                .select(col(DocumentsTable.DOC_ID), col(DocumentsTable.TEXT), col(DocumentsTable.LANGUAGE),
                        col(DocumentsTable.SENT_AT).cast("string"), col(DocumentsTable.CREATED).cast("string"),
                        col(DocumentsTable.MODIFIED).cast("string"))
                .collectAsList().stream()
                .map(r -> new Text(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5)))
                .toList();
        List<String> headers = EnrichmentStage.headerValues(documents);
        spark.stop();
        JSON.writeValue(out.toFile(), new Texts(texts, headers));
        System.out.printf("prepared %d documents, %d header values%n", texts.size(), headers.size());
    }

    private static Result alone(Texts texts, int threads, int passes) throws Exception {
        EmailDirectory directory = new EmailDirectory().addAll(texts.headers());
        List<DocumentInput> inputs = texts.documents().stream().map(t -> new DocumentInput(t.docId(), t.text(),
                t.language(), referenceDate(t))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Pass warmUp = alonePass(inputs.subList(0, Math.min(WARM_UP_DOCS, inputs.size())), directory, pool, threads);
            List<Pass> timed = new ArrayList<>();
            for (int i = 0; i < passes; i++) {
                timed.add(alonePass(inputs, directory, pool, threads));
                System.out.printf("alone pass %d: %s%n", i + 1, timed.get(i));
            }
            return result("alone", threads, inputs.size(), warmUp, timed);
        } finally {
            pool.shutdown();
        }
    }

    /** Threads take the next document from a shared counter, each with its own annotator as each Spark task has. */
    private static Pass alonePass(List<DocumentInput> inputs, EmailDirectory directory, ExecutorService pool,
                                  int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                DocumentAnnotator annotator = new DocumentAnnotator(AnnotatorOptions.DEFAULTS, directory);
                long[] counts = new long[2];
                for (int i = next.getAndIncrement(); i < inputs.size(); i = next.getAndIncrement()) {
                    AnnotatedDocument d = annotator.annotate(inputs.get(i));
                    counts[0]++;
                    counts[1] += d.tokenCount();
                }
                return counts;
            }));
        }
        long docs = 0;
        long tokens = 0;
        for (Future<long[]> f : futures) {
            docs += f.get()[0];
            tokens += f.get()[1];
        }
        return pass(start, cpu, docs, tokens);
    }

    private static Result spark(Texts texts, int passes) throws IOException {
        SparkSession spark = SparkSessions.create(new DarkroomConfig(Files.createTempDirectory("corenlp-spark").toString(),
                "local[2]"), "corenlp-throughput");
        try {
            EmailDirectory directory = new EmailDirectory().addAll(texts.headers());
            StructType schema = new StructType();
            for (String c : List.of(DocumentsTable.DOC_ID, DocumentsTable.TEXT, DocumentsTable.LANGUAGE,
                    DocumentsTable.SENT_AT, DocumentsTable.CREATED, DocumentsTable.MODIFIED)) {
                schema = schema.add(c, DataTypes.StringType);
            }
            List<Row> rows = texts.documents().stream().map(t -> RowFactory.create(t.docId(), t.text(), t.language(),
                    t.sentAt(), t.created(), t.modified())).toList();
            Dataset<Row> documents = spark.createDataFrame(rows, schema)
                    .withColumn(DocumentsTable.SENT_AT, to_timestamp(col(DocumentsTable.SENT_AT)))
                    .withColumn(DocumentsTable.CREATED, to_timestamp(col(DocumentsTable.CREATED)))
                    .withColumn(DocumentsTable.MODIFIED, to_timestamp(col(DocumentsTable.MODIFIED)));
            Dataset<Row> inputs = EnrichmentStage.inputs(documents).cache();
            inputs.count();
            Pass warmUp = sparkPass(inputs.limit(WARM_UP_DOCS), WARM_UP_DOCS, directory);
            List<Pass> timed = new ArrayList<>();
            for (int i = 0; i < passes; i++) {
                timed.add(sparkPass(inputs, rows.size(), directory));
                System.out.printf("spark pass %d: %s%n", i + 1, timed.get(i));
            }
            return result("spark local[2]", spark.sparkContext().defaultParallelism(), rows.size(), warmUp, timed);
        } finally {
            spark.stop();
        }
    }

    /** One Spark job: annotate every input (the stage's repartition + mapPartitions) and count tokens. */
    private static Pass sparkPass(Dataset<Row> inputs, long count, EmailDirectory directory) {
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        Row totals = EnrichmentStage.annotate(inputs, count, AnnotatorOptions.DEFAULTS, directory)
                .agg(count(lit(1)), sum(col(DocFeaturesTable.TOKEN_COUNT))).first();
        return pass(start, cpu, totals.getLong(0), totals.isNullAt(1) ? 0 : totals.getLong(1));
    }

    private static Pass pass(long start, long cpuStart, long docs, long tokens) {
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (processCpuNanos() - cpuStart) / 1e9;
        return new Pass(seconds, docs, tokens, cpu / (seconds * Runtime.getRuntime().availableProcessors()));
    }

    private static Result result(String mode, int threads, int documents, Pass warmUp, List<Pass> passes) {
        return new Result(mode, threads, documents, NlpPipelines.loadMillis(PipelineProfile.ENTITIES).orElse(-1),
                NlpPipelines.loadMillis(PipelineProfile.DATES).orElse(-1), warmUp.seconds(), passes);
    }

    private static LocalDate referenceDate(Text t) {
        String first = t.sentAt() != null ? t.sentAt() : t.created() != null ? t.created() : t.modified();
        return first == null ? null : LocalDate.parse(first.substring(0, 10));
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Texts read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), Texts.class);
    }

    private static void write(Result result, Path file) throws IOException {
        JSON.writeValue(file.toFile(), result);
        System.out.println(JSON.writeValueAsString(result));
    }
}
