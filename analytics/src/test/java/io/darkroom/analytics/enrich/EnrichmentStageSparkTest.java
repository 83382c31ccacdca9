package io.darkroom.analytics.enrich;

import io.darkroom.core.spark.SharedSpark;
import io.darkroom.core.warehouse.DocFeaturesTable;
import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.core.warehouse.TableRowFixture;
import io.darkroom.core.warehouse.EntitiesTable;
import io.darkroom.core.warehouse.Warehouse;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

class EnrichmentStageSparkTest {
    private static final String HAPPY = "Thank you so much for the wonderful support. Your team was excellent and we love the new service.";
    private static final String ANGRY = "This is terrible. The delivery was late again, the parts were broken and your support is useless.";
    private static final String GERMAN = "Sehr geehrte Damen und Herren, anbei erhalten Sie die Rechnung für die Leistungen im März. "
            + "Wir bitten um Zahlung innerhalb von 14 Tagen und danken für die Zusammenarbeit.";

    @TempDir
    Path home;

    @Test
    void enrichesNewDocumentsOnceAndOnlyChangedOnesAgain() {
        Warehouse warehouse = new Warehouse(SharedSpark.session(), home.toUri().toString());
        List<Object[]> docs = new ArrayList<>(List.of(
                doc("inv", DocumentAnnotatorTest.INVOICE, null),
                doc("mail", "Hi Jane,\n\nthe payment of $4,500 reached Globex Inc. on 3 June 2024.\n\nBest, Tom", "Tom Baker <tom@globex.example>"),
                doc("happy", HAPPY, null), doc("angry", ANGRY, null), doc("de", GERMAN, null), doc("empty", null, null)));
        warehouse.replace(DocumentsTable.TABLE, documents(docs));

        EnrichmentStage stage = new EnrichmentStage(EnrichmentOptions.DEFAULTS);
        EnrichmentSummary first = stage.run(warehouse);

        assertThat(first.documentsSeen()).isEqualTo(6);
        assertThat(first.documentsAnnotated()).isEqualTo(4);
        assertThat(first.documentsSkipped()).isEqualTo(2);
        Map<String, Row> features = byId(warehouse.read(DocFeaturesTable.TABLE).collectAsList());
        assertThat(features.get("de").<String>getAs(DocFeaturesTable.SKIPPED_REASON)).startsWith("not English");
        assertThat(features.get("empty").<String>getAs(DocFeaturesTable.SKIPPED_REASON)).isEqualTo("no text");
        assertThat(features.get("happy").<String>getAs(DocFeaturesTable.SENTIMENT_LABEL)).isEqualTo("positive");
        assertThat(features.get("angry").<String>getAs(DocFeaturesTable.SENTIMENT_LABEL)).isEqualTo("negative");
        assertThat(features.get("angry").<String>getAs(DocFeaturesTable.SENTIMENT_SOURCE)).isEqualTo("corenlp");

        List<Row> money = warehouse.read(EntitiesTable.TABLE).where(col(EntitiesTable.TYPE).equalTo("MONEY")).collectAsList();
        assertThat(money).extracting(r -> r.<String>getAs(EntitiesTable.DOC_ID) + " " + r.<String>getAs(EntitiesTable.CURRENCY)
                        + " " + r.<BigDecimal>getAs(EntitiesTable.AMOUNT).stripTrailingZeros().toPlainString())
                .contains("inv EUR 12480", "inv USD 1200000", "mail USD 4500");
        List<Row> mailDates = warehouse.read(EntitiesTable.TABLE)
                .where(col(EntitiesTable.DOC_ID).equalTo("mail").and(col(EntitiesTable.TYPE).equalTo("DATE"))).collectAsList();
        assertThat(mailDates).extracting(r -> String.valueOf(r.<java.sql.Date>getAs(EntitiesTable.DATE_VALUE))).contains("2024-06-03");
        long entitiesBefore = warehouse.read(EntitiesTable.TABLE).count();

        EnrichmentSummary again = stage.run(warehouse);
        assertThat(again.documentsAnnotated() + again.documentsSkipped()).isZero();
        assertThat(warehouse.read(EntitiesTable.TABLE).count()).isEqualTo(entitiesBefore);

        docs.set(2, doc("happy", "Globex Inc. was great to work with.", null));
        docs.remove(3);
        warehouse.replace(DocumentsTable.TABLE, documents(docs));
        EnrichmentSummary third = stage.run(warehouse);
        assertThat(third.documentsAnnotated()).isEqualTo(1);
        assertThat(third.documentsRemoved()).isEqualTo(1);
        assertThat(warehouse.read(EntitiesTable.TABLE).where(col(EntitiesTable.DOC_ID).equalTo("angry")).count()).isZero();
        assertThat(warehouse.read(DocFeaturesTable.TABLE).count()).isEqualTo(5);
        assertThat(warehouse.read(EntitiesTable.TABLE).where(col(EntitiesTable.DOC_ID).equalTo("happy"))
                .select(EntitiesTable.CANONICAL).as(org.apache.spark.sql.Encoders.STRING()).collectAsList()).containsExactly("globex");
    }

    private static Map<String, Row> byId(List<Row> rows) {
        Map<String, Row> out = new HashMap<>();
        rows.forEach(r -> out.put(r.getAs(DocFeaturesTable.DOC_ID), r));
        return out;
    }

    private static Object[] doc(String id, String text, String from) {
        return new Object[]{id, text, from};
    }

    private static org.apache.spark.sql.Dataset<Row> documents(List<Object[]> docs) {
        List<Row> rows = new ArrayList<>();
        for (Object[] d : docs) {
            rows.add(TableRowFixture.row(DocumentsTable.TABLE.schema(), DocumentsTable.DOC_ID, d[0],
                    DocumentsTable.FILE_PATH, "/share/" + d[0], DocumentsTable.TEXT, d[1], DocumentsTable.EMAIL_FROM, d[2],
                    DocumentsTable.SENT_AT, d[2] == null ? null : Timestamp.valueOf("2024-06-04 09:00:00"),
                    DocumentsTable.RUN_ID, "test-run"));
        }
        return SharedSpark.session().createDataFrame(rows, DocumentsTable.TABLE.schema());
    }
}
