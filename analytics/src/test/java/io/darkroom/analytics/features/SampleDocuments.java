package io.darkroom.analytics.features;

import io.darkroom.core.spark.SharedSpark;
import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.sample.SampleCorpus;
import io.darkroom.sample.SampleTruth;
import io.darkroom.sample.texts.SampleText;
import io.darkroom.sample.texts.SampleTexts;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample corpus as a {@code documents} DataFrame (DocumentsTable schema) plus its labels,
 * built from the generator's files without Tika (analytics may not depend on ingest). One corpus
 * per size per test JVM.
 */
public final class SampleDocuments {
    public static final String LABEL = "label_type";
    public static final String PATH_KEY = "path_key";
    private static final Map<Integer, SampleDocuments> CACHE = new HashMap<>();

    private final SampleTruth truth;
    private final List<SampleText> texts;

    private SampleDocuments(SampleTruth truth, List<SampleText> texts) {
        this.truth = truth;
        this.texts = texts;
    }

    public static synchronized SampleDocuments of(int docs) {
        return CACHE.computeIfAbsent(docs, n -> {
            try {
                Path dir = Files.createTempDirectory("darkroom-sample-" + n);
                SampleTruth truth = SampleCorpus.generate(dir, n, 42);
                return new SampleDocuments(truth, SampleTexts.read(dir, truth));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public SampleTruth truth() {
        return truth;
    }

    public List<SampleText> texts() {
        return texts;
    }

    /** Rows of the documents table for every labelled document. */
    public Dataset<Row> documents() {
        List<Row> rows = new ArrayList<>();
        for (SampleText t : texts) {
            rows.add(row(t, t.text()));
        }
        return SharedSpark.session().createDataFrame(rows, DocumentsTable.TABLE.schema());
    }

    /** doc_id, label_type and path_key ("path|embedded_path") of every labelled document. */
    public Dataset<Row> labels() {
        List<Row> rows = texts.stream().map(t -> RowFactory.create(t.docId(), t.type(), t.path() + "|" + t.embeddedPath()))
                .toList();
        return SharedSpark.session().createDataFrame(rows, new StructType()
                .add("doc_id", DataTypes.StringType).add(LABEL, DataTypes.StringType).add(PATH_KEY, DataTypes.StringType));
    }

    /** A documents row by column name, so columns other stages add later stay null instead of shifting. */
    public static Row row(SampleText t, String text) {
        Timestamp date = Timestamp.valueOf(t.date() + " 12:00:00");
        boolean top = t.embeddedPath().isEmpty();
        Map<String, Object> values = new HashMap<>();
        values.put(DocumentsTable.DOC_ID, t.docId());
        values.put(DocumentsTable.FILE_PATH, t.path());
        values.put(DocumentsTable.PARENT_ID, top ? null : parentId(t));
        values.put(DocumentsTable.EMBEDDED_PATH, t.embeddedPath());
        values.put(DocumentsTable.DEPTH, top ? 0 : (int) t.embeddedPath().chars().filter(c -> c == '/').count());
        values.put(DocumentsTable.MIME, t.mime());
        values.put(DocumentsTable.CREATED, date);
        values.put(DocumentsTable.MODIFIED, date);
        values.put(DocumentsTable.FILE_MODIFIED_AT, date);
        values.put(DocumentsTable.LANGUAGE, "en");
        values.put(DocumentsTable.ENCRYPTED, t.text().isEmpty() && t.mime().equals("application/pdf"));
        values.put(DocumentsTable.TEXT, text);
        values.put(DocumentsTable.SENT_AT, t.mime().equals("message/rfc822") ? date : null);
        values.put(DocumentsTable.RUN_ID, "sample");
        StructType schema = DocumentsTable.TABLE.schema();
        Object[] row = new Object[schema.size()];
        for (int i = 0; i < row.length; i++) {
            String name = schema.fields()[i].name();
            Object value = values.get(name);
            row[i] = value == null && !schema.fields()[i].nullable() ? defaultOf(schema.fields()[i].dataType()) : value;
        }
        return RowFactory.create(row);
    }

    private static Object defaultOf(org.apache.spark.sql.types.DataType type) {
        if (type.equals(DataTypes.BooleanType)) {
            return false;
        }
        if (type.equals(DataTypes.IntegerType)) {
            return 0;
        }
        if (type.equals(DataTypes.DoubleType)) {
            return 0.0;
        }
        return "";
    }

    private static String parentId(SampleText t) {
        return new SampleText(t.path(), "", t.mime(), t.type(), t.date(), "").docId();
    }
}
