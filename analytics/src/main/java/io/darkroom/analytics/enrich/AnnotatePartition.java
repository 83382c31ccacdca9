package io.darkroom.analytics.enrich;

import io.darkroom.core.warehouse.DocumentsTable;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Date;
import java.util.Iterator;
import java.util.List;

/**
 * The Spark task body: annotates a partition's documents one by one with the JVM's shared
 * pipelines. A document that makes CoreNLP fail becomes a skipped row with the error class, never a
 * failed job (the row is logged at WARN with its id only: document text is personal data).
 */
final class AnnotatePartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AnnotatePartition.class);

    private final AnnotatorOptions options;
    private final EmailDirectory directory;

    AnnotatePartition(AnnotatorOptions options, EmailDirectory directory) {
        this.options = options;
        this.directory = directory;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> documents) {
        DocumentAnnotator annotator = new DocumentAnnotator(options, directory);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return documents.hasNext();
            }

            @Override
            public Row next() {
                Row d = documents.next();
                String docId = d.getAs(DocumentsTable.DOC_ID);
                String text = d.getAs(DocumentsTable.TEXT);
                Date reference = d.getAs(EnrichmentStage.REFERENCE_DATE);
                String sha = d.getAs(EnrichmentRows.SHA);
                long start = CpuClock.nanos();
                try {
                    AnnotatedDocument annotated = annotator.annotate(new DocumentInput(docId, text,
                            d.getAs(DocumentsTable.LANGUAGE), reference == null ? null : reference.toLocalDate()));
                    return EnrichmentRows.annotated(annotated, sha, text);
                } catch (RuntimeException | OutOfMemoryError e) {
                    LOG.warn("Cannot annotate document {}: {}", docId, e.getClass().getName());
                    return EnrichmentRows.annotated(new AnnotatedDocument(docId, null, "annotation failed: "
                            + e.getClass().getSimpleName(), 0, 0, List.of(), List.of(), CpuClock.nanos() - start), sha, "");
                }
            }
        };
    }
}
