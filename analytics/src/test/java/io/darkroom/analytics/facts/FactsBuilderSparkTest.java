package io.darkroom.analytics.facts;

import io.darkroom.core.spark.SharedSpark;
import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.core.warehouse.TableRowFixture;
import io.darkroom.core.warehouse.FactsTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FactsBuilderSparkTest {
    private static final Timestamp JAN = Timestamp.valueOf("2024-01-15 12:00:00");
    private static final Timestamp FEB = Timestamp.valueOf("2024-02-15 12:00:00");
    private static final Timestamp MAR = Timestamp.valueOf("2024-03-15 12:00:00");
    private static final Timestamp DEC = Timestamp.valueOf("2023-12-31 12:00:00");

    @Test
    void bestDatePrefersSentThenCreatedThenModifiedThenFileTime() {
        Dataset<Row> facts = new FactsBuilder(null).build(documents(
                doc("a", "message/rfc822", "Hello", JAN, FEB, MAR, DEC),
                doc("b", "application/pdf", "INVOICE\nINV-1", null, FEB, MAR, DEC),
                doc("c", "text/plain", "notes", null, null, MAR, DEC),
                doc("d", "text/plain", "notes", null, null, null, DEC)));
        Map<String, Row> byId = byId(facts);
        assertThat(byId.get("a").<Timestamp>getAs(FactsTable.BEST_DATE)).isEqualTo(JAN);
        assertThat(byId.get("b").<String>getAs(FactsTable.MONTH)).isEqualTo("2024-02");
        assertThat(byId.get("c").<String>getAs(FactsTable.QUARTER)).isEqualTo("2024-Q1");
        assertThat(byId.get("d").<Integer>getAs(FactsTable.YEAR)).isEqualTo(2023);
    }

    @Test
    void typeComesFromMimeForContainersAndOfficeFormatsAndFromTheHeadingOtherwise() {
        Dataset<Row> facts = new FactsBuilder(null).build(documents(
                doc("eml", "message/rfc822", "INVOICE attached", JAN, null, null, JAN),
                doc("mbox", "application/mbox", "", null, null, null, JAN),
                doc("zip", "application/zip", "", null, null, null, JAN),
                doc("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "INVOICE", null, JAN, null, JAN),
                doc("inv", "application/pdf", "\n  Invoice\nINV-2024-0001", null, JAN, null, JAN),
                doc("con", "application/pdf", "SERVICE AGREEMENT\nbetween", null, JAN, null, JAN),
                doc("tck", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "SUPPORT TICKET TCK-00001", null, JAN, null, JAN),
                doc("mtg", "text/html; charset=UTF-8", "Meeting notes: weekly sync", null, null, null, JAN),
                doc("enc", "application/pdf", null, null, null, null, JAN),
                doc("oth", "application/pdf", "Quote Q-1 for invoice", null, JAN, null, JAN)));
        Map<String, Row> byId = byId(facts);
        assertThat(Map.of(
                "eml", type(byId, "eml"), "mbox", type(byId, "mbox"), "zip", type(byId, "zip"),
                "xlsx", type(byId, "xlsx"), "inv", type(byId, "inv"), "con", type(byId, "con"),
                "tck", type(byId, "tck"), "mtg", type(byId, "mtg"), "enc", type(byId, "enc"),
                "oth", type(byId, "oth")))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "eml", "email", "mbox", "mailbox", "zip", "archive", "xlsx", "spreadsheet",
                        "inv", "invoice", "con", "contract", "tck", "ticket", "mtg", "meeting_notes",
                        "enc", "other", "oth", "other"));
    }

    private static String type(Map<String, Row> byId, String id) {
        return byId.get(id).getAs(FactsTable.DOC_TYPE);
    }

    private static Map<String, Row> byId(Dataset<Row> facts) {
        Map<String, Row> out = new java.util.HashMap<>();
        for (Row r : facts.collectAsList()) {
            out.put(r.getAs(FactsTable.DOC_ID), r);
        }
        return out;
    }

    private static Object[] doc(String id, String mime, String text, Timestamp sent, Timestamp created,
                                Timestamp modified, Timestamp fileModified) {
        return new Object[]{id, mime, text, sent, created, modified, fileModified};
    }

    private static Dataset<Row> documents(Object[]... docs) {
        SparkSession spark = SharedSpark.session();
        List<Row> rows = new ArrayList<>();
        for (Object[] d : docs) {
            rows.add(TableRowFixture.row(DocumentsTable.TABLE.schema(), DocumentsTable.DOC_ID, d[0],
                    DocumentsTable.FILE_PATH, "/share/" + d[0], DocumentsTable.MIME, d[1], DocumentsTable.TEXT, d[2],
                    DocumentsTable.SENT_AT, d[3], DocumentsTable.CREATED, d[4], DocumentsTable.MODIFIED, d[5],
                    DocumentsTable.FILE_MODIFIED_AT, d[6], DocumentsTable.ENCRYPTED, d[2] == null,
                    DocumentsTable.RUN_ID, "test-run"));
        }
        return spark.createDataFrame(rows, DocumentsTable.TABLE.schema());
    }
}
