package io.darkroom.bench.entities;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.darkroom.analytics.enrich.AnnotatorOptions;
import io.darkroom.analytics.enrich.EmailDirectory;
import io.darkroom.analytics.enrich.EnrichmentStage;
import io.darkroom.analytics.enrich.EntityCanonicalizer;
import io.darkroom.analytics.features.doctype.DocTypeEvaluation;
import io.darkroom.analytics.features.topics.TopicModel;
import io.darkroom.analytics.features.topics.TopicOptions;
import io.darkroom.core.config.DarkroomConfig;
import io.darkroom.core.spark.SparkSessions;
import io.darkroom.sample.SampleTruth;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

/**
 * Scores an enriched sample warehouse against the generator's truth: entity precision/recall
 * ({@link ExtractionScore}), document-type accuracy ({@link DocTypeEvaluation} of
 * {@code doc_features.doc_type} against {@code document_labels}) and the fitted topics with their
 * top terms and the labelled types of their documents. Reads the warehouse only.
 *
 * <p>Arguments: warehouse folder, truth.json, corpus root as ingested (file paths are matched
 * relative to it), output JSON, output Markdown, and optionally {@code --reannotate} to score the
 * current annotator on the warehouse's documents instead of the stored {@code entities}.
 */
public final class EntityExtractionBench {
    private EntityExtractionBench() {
    }

    /** One fitted topic: its top terms and how many of its documents carry each truth label. */
    record TopicRow(int id, String label, List<String> topTerms, long documents, Map<String, Long> labelledTypes) {
    }

    public static void main(String[] args) throws Exception {
        String warehouse = args[0].replaceAll("/$", "");
        SampleTruth truth = SampleTruth.read(Path.of(args[1]));
        String corpusRoot = args[2].replaceAll("/$", "") + "/";
        Path work = Files.createTempDirectory("entity-extraction");
        SparkSession spark = SparkSessions.create(new DarkroomConfig(work.toString(), "local[2]"), "entity-extraction");

        Map<String, String> keyOf = new HashMap<>();
        for (Row r : spark.read().format("delta").load(warehouse + "/documents")
                .select("doc_id", "file_path", "embedded_path").collectAsList()) {
            String path = r.getString(1);
            int at = path.indexOf(corpusRoot);
            String relative = at < 0 ? path : path.substring(at + corpusRoot.length());
            keyOf.put(r.getString(0), relative + "|" + (r.isNullAt(2) ? "" : r.getString(2)));
        }
        Map<String, String> docIdOf = new HashMap<>();
        keyOf.forEach((id, key) -> docIdOf.put(key, id));
        // Ingest names mailbox messages "/embedded-N" and zip members by file name alone, where the contract says
        // "/message-N" and the path inside the zip: such rows are matched by file and last name, and counted.
        Map<String, String> aliasOf = new HashMap<>();
        keyOf.forEach((id, key) -> aliasOf.putIfAbsent(alias(key), id));
        Function<String, String> lookup = key -> docIdOf.getOrDefault(key, aliasOf.get(alias(key)));

        Map<String, List<ExtractionScore.Extracted>> extracted = new HashMap<>();
        boolean reannotate = args.length > 5 && args[5].equals("--reannotate");
        Dataset<Row> entities;
        if (reannotate) {
            // The warehouse's documents annotated again by the current code (the stage's own Spark step), so a
            // fix is scored without writing a new warehouse; the stored entities are not read.
            Dataset<Row> documents = spark.read().format("delta").load(warehouse + "/documents");
            Dataset<Row> inputs = EnrichmentStage.inputs(documents);
            entities = EnrichmentStage.annotate(inputs, inputs.count(), AnnotatorOptions.DEFAULTS,
                            new EmailDirectory().addAll(EnrichmentStage.headerValues(documents)))
                    .select(col("doc_id"), explode(col("mentions")).as("m")).select(col("doc_id"), col("m.*"));
        } else {
            entities = spark.read().format("delta").load(warehouse + "/entities");
        }
        for (Row r : entities.where(col("type").isin(ExtractionScore.TYPES.toArray()).or(col("type").equalTo("TIME")))
                .select("doc_id", "type", "text", "canonical", "amount", "currency", "date_value").collectAsList()) {
            Date day = r.getAs("date_value");
            // The canonical name is a pure function of type and surface; computing it here scores the current
            // EntityCanonicalizer without enriching again (the stored column holds the one of the enrichment run).
            extracted.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(new ExtractionScore.Extracted(
                    r.getString(1), r.getString(2), EntityCanonicalizer.canonical(r.getString(1), r.getString(2)),
                    r.getAs("amount"), r.getString(5),
                    day == null ? null : day.toLocalDate()));
        }

        ExtractionScore score = new ExtractionScore();
        int scored = 0;
        int aliased = 0;
        List<String> notIngested = new ArrayList<>();
        for (SampleTruth.DocumentEntities planted : truth.documentEntities()) {
            String key = planted.path() + "|" + planted.embeddedPath();
            String docId = lookup.apply(key);
            if (docId == null) {
                notIngested.add(key);
                continue;
            }
            score.add(key, planted, extracted.getOrDefault(docId, List.of()));
            scored++;
            aliased += docIdOf.containsKey(key) ? 0 : 1;
        }

        StructType labelled = new StructType().add("doc_id", DataTypes.StringType).add("label", DataTypes.StringType);
        List<Row> labels = new ArrayList<>();
        for (SampleTruth.DocumentLabel l : truth.documentLabels()) {
            String docId = lookup.apply(l.path() + "|" + l.embeddedPath());
            if (docId != null) {
                labels.add(RowFactory.create(docId, l.type()));
            }
        }
        Dataset<Row> features = spark.read().format("delta").load(warehouse + "/doc_features")
                .select("doc_id", "doc_type", "topic_id");
        Dataset<Row> joined = spark.createDataFrame(labels, labelled).join(features, "doc_id")
                .where(col("doc_type").isNotNull()).cache();
        DocTypeEvaluation docTypes = DocTypeEvaluation.of(joined, "label", "doc_type");

        TopicModel topics = TopicModel.load(warehouse + "/models/topics", TopicOptions.defaults());
        Map<Integer, Map<String, Long>> typesPerTopic = new TreeMap<>();
        for (Row r : joined.where(col("topic_id").isNotNull()).groupBy("topic_id", "label").count().collectAsList()) {
            typesPerTopic.computeIfAbsent(r.getInt(0), k -> new TreeMap<>()).put(r.getString(1), r.getLong(2));
        }
        List<TopicRow> topicRows = new ArrayList<>();
        for (TopicModel.Topic t : topics.describe()) {
            Map<String, Long> types = typesPerTopic.getOrDefault(t.id(), Map.of());
            Map<String, Long> sorted = new LinkedHashMap<>();
            types.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            topicRows.add(new TopicRow(t.id(), t.label(), t.terms(),
                    types.values().stream().mapToLong(Long::longValue).sum(), sorted));
        }
        spark.stop();

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("benchmark", "entity-extraction");
        json.put("warehouse", warehouse);
        json.put("truth", args[1]);
        json.put("entities_from", reannotate ? "the warehouse's documents annotated again by the current code"
                : "the warehouse's entities table");
        json.put("seed", truth.seed());
        json.put("requested_docs", truth.requestedDocs());
        json.put("documents_scored", scored);
        json.put("truth_documents_not_in_warehouse", notIngested);
        json.put("documents_matched_by_file_and_last_name", aliased);
        json.put("entities", score.scores());
        Map<String, Object> dt = new LinkedHashMap<>();
        dt.put("documents", docTypes.documents());
        dt.put("accuracy", docTypes.accuracy());
        dt.put("per_class", new TreeMap<>(docTypes.perClass()));
        json.put("doc_type", dt);
        json.put("topics", topicRows);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(Path.of(args[3]).toFile(), json);
        String md = report(truth, (String) json.get("entities_from"), scored, aliased, notIngested.size(), score.scores(),
                docTypes, topicRows);
        Files.writeString(Path.of(args[4]), md);
        System.out.println(md);
    }

    /** File path and the embedded path's last name, with the mailbox's "message-N" read as ingest's "embedded-N". */
    static String alias(String key) {
        int bar = key.indexOf('|');
        String embedded = key.substring(bar + 1);
        return key.substring(0, bar) + "|" + embedded.substring(embedded.lastIndexOf('/') + 1).replaceFirst("^message-", "embedded-");
    }

    static String report(SampleTruth truth, String entitiesFrom, int scored, int aliased, int notIngested, List<ExtractionScore.TypeScore> scores,
                         DocTypeEvaluation docTypes, List<TopicRow> topics) {
        StringBuilder out = new StringBuilder("# Entity extraction, document types and topics on the sample corpus\n\n");
        out.append(String.format("Sample seed %d, %d requested files; %d documents of truth.json scored (%d not found "
                + "in the warehouse; %d matched by file and last name because ingest names mailbox messages "
                + "\"/embedded-N\" and zip members by file name, not as the contract says). Truth: `document_entities` of "
                + "truth.json (docs/sample-corpus-contract.md). Mentions: %s. Extracted organisations are compared by "
                + "`EntityCanonicalizer.canonical(type, surface)` of the mention's surface text, computed by this run.%n%n",
                truth.seed(), truth.requestedDocs(), scored, notIngested, aliased, entitiesFrom));
        out.append("| type | planted | found | recall | extracted | correct | precision | unmatched without a value | "
                + "precision of mentions with a value |\n|---|---|---|---|---|---|---|---|---|\n");
        for (ExtractionScore.TypeScore s : scores) {
            out.append(String.format("| %s | %d | %d | %.3f | %d | %d | %.3f | %d | %s |%n", s.type(), s.planted(),
                    s.found(), s.recall(), s.extracted(), s.correct(), s.precision(), s.withoutValue(),
                    s.type().equals("ORGANIZATION") ? "—" : String.format("%.3f", s.precisionOfValued())));
        }
        out.append("\nRecall: a planted item is found when a mention of its type in the same document matches it "
                + "(organisations by EntityCanonicalizer name, amounts by value ± 0.005 and currency, days by ISO date; DATE "
                + "includes the TIME mentions that name a day, such as \"6 February 2023 at 10:00\"). "
                + "Precision is strict: every extracted mention of the type counts, and one that matches nothing planted "
                + "in its document is wrong even when it names a real thing (a trade fair as ORGANIZATION, \"June\" or "
                + "\"Q1 2024\" as DATE). The last column leaves out the DATE/MONEY mentions that carry no day or amount.\n");
        for (ExtractionScore.TypeScore s : scores) {
            out.append("\n### ").append(s.type()).append(": most frequent unmatched mentions\n\n");
            s.spuriousSurfaces().entrySet().stream().limit(15)
                    .forEach(e -> out.append("- `").append(e.getKey()).append("` × ").append(e.getValue()).append('\n'));
            out.append("\nMost frequent misses (top folder, planted value):\n\n");
            s.missedValues().entrySet().stream().limit(15)
                    .forEach(e -> out.append("- `").append(e.getKey()).append("` × ").append(e.getValue()).append('\n'));
            out.append("\nFirst misses (planted | the document's mentions of the type):\n\n");
            s.missed().stream().limit(10).forEach(m -> out.append("- ").append(m.replace("|", "\\|")).append('\n'));
        }
        out.append("\n## Document types (doc_features.doc_type vs truth.json labels)\n\n")
                .append("```\n").append(docTypes.describe()).append("```\n");
        out.append("\n## Topics (top terms by relevance, and the labelled types of each topic's documents)\n\n")
                .append("| topic | top terms | documents | labelled types |\n|---|---|---|---|\n");
        for (TopicRow t : topics) {
            out.append(String.format("| %d | %s | %d | %s |%n", t.id(), String.join(", ", t.topTerms()), t.documents(),
                    t.labelledTypes()));
        }
        return out.toString();
    }
}
