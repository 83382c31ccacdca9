package io.darkroom.app.server;

import io.darkroom.analytics.catalog.CatalogRefresh;
import io.darkroom.core.spark.SharedSpark;
import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.core.warehouse.EntitiesTable;
import io.darkroom.core.warehouse.FactsTable;
import io.darkroom.core.warehouse.FilesTable;
import io.darkroom.core.warehouse.InsightsTable;
import io.darkroom.core.warehouse.TableRowFixture;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.core.warehouse.WarehouseTable;
import io.darkroom.nlq.QuestionAnswerer;
import io.darkroom.nlq.analyze.PlainTokens;
import io.darkroom.nlq.exec.TableReader;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small real warehouse in a temp home: documents (one with an attachment, one e-mail with entities,
 * one pointing outside the source folder with "..", one through a symlink), facts for them and for
 * more documents, a files ledger, three insights, and the catalog built by the production refresh.
 */
final class WarehouseFixture {
    /** (doc type, ISO day) of every facts row, specials first; tests compute expected counts from it. */
    static final List<String[]> FACTS = new ArrayList<>();
    static final String INVOICE_TEXT = "Invoice from Acme Corp: a refund of EUR 120.00 is due.";
    static final String MAIL_TEXT = "Hello Bob, the refund is late. Regards, Ann";

    static {
        FACTS.add(new String[]{"invoice", "2024-03-01"}); // d0
        FACTS.add(new String[]{"email", "2024-04-01"});   // d1
        FACTS.add(new String[]{"email", "2023-04-01"});   // d2
        FACTS.add(new String[]{"invoice", "2024-05-02"}); // d3: path with ".." out of the source folder
        FACTS.add(new String[]{"invoice", "2024-06-02"}); // d4: symlink out of the source folder
        FACTS.add(new String[]{"other", "2024-04-01"});   // d5: attachment of d1
        String[] types = {"invoice", "email", "contract", "ticket"};
        for (int i = 0; i < 24; i++) {
            FACTS.add(new String[]{types[i % 4], (2022 + i % 3) + "-0" + (1 + i % 9) + "-1" + (i % 9)});
        }
    }

    final Path home;
    final Path share;
    final Path outside;
    final Warehouse warehouse;

    private WarehouseFixture(Path home, Path share, Path outside, Warehouse warehouse) {
        this.home = home;
        this.share = share;
        this.outside = outside;
        this.warehouse = warehouse;
    }

    static long count(String type, int year) {
        return FACTS.stream().filter(f -> (type == null || f[0].equals(type)) && f[1].startsWith(year + "-")).count();
    }

    static WarehouseFixture create(Path root) throws IOException {
        Path home = Files.createDirectories(root.resolve("home"));
        Path share = Files.createDirectories(root.resolve("share"));
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(Files.createDirectories(share.resolve("finance")).resolve("inv-1.txt"), INVOICE_TEXT);
        Files.writeString(Files.createDirectories(share.resolve("mail")).resolve("m1.eml"), MAIL_TEXT);
        Files.writeString(outside.resolve("secret.txt"), "not for you");
        Files.createSymbolicLink(share.resolve("link.txt"), outside.resolve("secret.txt"));
        SparkSession spark = SharedSpark.session();
        Warehouse w = new Warehouse(spark, home.resolve("warehouse").toUri().toString());

        String inv = share.resolve("finance/inv-1.txt").toString();
        String mail = share.resolve("mail/m1.eml").toString();
        String dotdot = share + "/../outside/secret.txt";
        String link = share.resolve("link.txt").toString();
        List<Row> docs = List.of(
                doc("d0", inv, null, "", "Invoice 1", INVOICE_TEXT, "text/plain", Map.of("Content-Type", "text/plain")),
                mail("d1", mail),
                doc("d2", mail + ".old", null, "", "Old mail", "An older note without the word.", "message/rfc822", null),
                doc("d3", dotdot, null, "", "Sneaky", "secret refund", "text/plain", null),
                doc("d4", link, null, "", "Linked", "linked file", "text/plain", null),
                doc("d5", mail, "d1", "/att.pdf", "att.pdf", "attached invoice text", "application/pdf", null));
        write(w, spark, DocumentsTable.TABLE, docs);

        List<Row> facts = new ArrayList<>();
        for (int i = 0; i < FACTS.size(); i++) {
            String id = i < 6 ? "d" + i : "g" + i;
            facts.add(FactsFixture.fact(id, FACTS.get(i)[0], FACTS.get(i)[1]));
        }
        write(w, spark, FactsTable.TABLE, facts);

        int bob = MAIL_TEXT.indexOf("Bob");
        int ann = MAIL_TEXT.indexOf("Ann");
        int acme = INVOICE_TEXT.indexOf("Acme Corp");
        int eur = INVOICE_TEXT.indexOf("EUR 120.00");
        write(w, spark, EntitiesTable.TABLE, List.of(
                entity("d1", 1, ann, ann + 3, "PERSON", "Ann", null),
                entity("d1", 0, bob, bob + 3, "PERSON", "Bob", null),
                entity("d0", 0, acme, acme + 9, "ORGANIZATION", "Acme Corp", null),
                entity("d0", 0, eur, eur + 10, "MONEY", "EUR 120.00", new BigDecimal("120.000000"))));

        write(w, spark, FilesTable.TABLE, List.of(
                TableRowFixture.row(FilesTable.TABLE.schema(), FilesTable.PATH, inv, FilesTable.SIZE_BYTES, (long) INVOICE_TEXT.length(),
                        FilesTable.MIME, "text/plain", FilesTable.STATUS, FilesTable.PARSED, FilesTable.DOCUMENT_COUNT, 1,
                        FilesTable.RUN_ID, "r1", FilesTable.INGESTED_AT, Timestamp.valueOf("2024-06-01 00:00:00"))));

        write(w, spark, InsightsTable.TABLE, List.of(
                insight("ins-a", "anomaly", 1, "documents", "{\"value\": 42, \"expected\": 10}"),
                insight("ins-b", "change", 2, "documents", "{\"value\": 7}"),
                insight("ins-c", "anomaly", 3, "total_amount", "{\"value\": 3}")));
        new CatalogRefresh(w).run();
        return new WarehouseFixture(home, share, outside, w);
    }

    AnswererFactory answerers() {
        return (w, catalog) -> new QuestionAnswerer(catalog, TableReader.of(w), new PlainTokens(), null, null, Clock.systemUTC());
    }

    private static void write(Warehouse w, SparkSession spark, WarehouseTable table, List<Row> rows) {
        w.replace(table, spark.createDataFrame(rows, table.schema()));
    }

    private static Row doc(String id, String path, String parent, String embedded, String title, String text, String mime,
                           Map<String, String> metadata) {
        return TableRowFixture.row(DocumentsTable.TABLE.schema(), DocumentsTable.DOC_ID, id, DocumentsTable.FILE_PATH, path,
                DocumentsTable.PARENT_ID, parent, DocumentsTable.EMBEDDED_PATH, embedded, DocumentsTable.DEPTH, parent == null ? 0 : 1,
                DocumentsTable.TITLE, title, DocumentsTable.TEXT, text, DocumentsTable.MIME, mime, DocumentsTable.METADATA, metadata,
                DocumentsTable.WORD_COUNT, text.split("\\s+").length, DocumentsTable.RUN_ID, "r1");
    }

    private static Row mail(String id, String path) {
        return TableRowFixture.row(DocumentsTable.TABLE.schema(), DocumentsTable.DOC_ID, id, DocumentsTable.FILE_PATH, path,
                DocumentsTable.TITLE, "Re: refund", DocumentsTable.TEXT, MAIL_TEXT, DocumentsTable.MIME, "message/rfc822",
                DocumentsTable.EMAIL_FROM, "ann@corvid.example", DocumentsTable.EMAIL_TO, List.of("bob@acme.example"),
                DocumentsTable.SUBJECT, "Re: refund", DocumentsTable.SENT_AT, Timestamp.valueOf("2024-04-01 09:12:00"),
                DocumentsTable.WORD_COUNT, 8, DocumentsTable.RUN_ID, "r1");
    }

    private static Row entity(String doc, int sentence, int begin, int end, String type, String text, BigDecimal amount) {
        return TableRowFixture.row(EntitiesTable.TABLE.schema(), EntitiesTable.DOC_ID, doc, EntitiesTable.SENTENCE, sentence,
                EntitiesTable.BEGIN, begin, EntitiesTable.END, end, EntitiesTable.TYPE, type, EntitiesTable.TEXT, text,
                EntitiesTable.CANONICAL, text.toLowerCase(), EntitiesTable.AMOUNT, amount, EntitiesTable.CURRENCY, amount == null ? null : "EUR",
                EntitiesTable.SOURCE, "ner", EntitiesTable.RUN_ID, "r1");
    }

    private static Row insight(String id, String kind, int rank, String measure, String evidence) {
        return insight(id, kind, rank, measure, "facts", "Insight " + id + " about " + measure + ".", evidence);
    }

    /** One stored insight row about {@code measure} of the warehouse table {@code table}. */
    static Row insight(String id, String kind, int rank, String measure, String table, String sentence, String evidence) {
        return TableRowFixture.row(InsightsTable.TABLE.schema(), InsightsTable.INSIGHT_ID, id, InsightsTable.KIND, kind,
                InsightsTable.RANK, rank, InsightsTable.MEASURE, measure, InsightsTable.TABLE_NAME, table,
                InsightsTable.DIMENSIONS, List.of("doc_type"), InsightsTable.SCORE, 1.0 / rank,
                InsightsTable.SENTENCE, sentence, InsightsTable.EVIDENCE, evidence,
                InsightsTable.RUN_ID, "feed-1", InsightsTable.CREATED_AT, Timestamp.valueOf("2024-07-01 00:00:00"));
    }
}
