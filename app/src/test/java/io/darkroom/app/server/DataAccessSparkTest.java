package io.darkroom.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.darkroom.analytics.catalog.CatalogRefresh;
import io.darkroom.analytics.facts.FactsBuilder;
import io.darkroom.app.access.AccessPolicy;
import io.darkroom.app.access.DataScope;
import io.darkroom.app.cli.Json;
import io.darkroom.core.spark.SharedSpark;
import io.darkroom.core.warehouse.DatasetRegistryTable;
import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.core.warehouse.InsightsTable;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.ingest.IngestJob;
import io.darkroom.ingest.IngestRequest;
import io.darkroom.ingest.discovery.PathFilter;
import io.darkroom.ingest.parse.ParseOptions;
import io.darkroom.nlq.QuestionAnswerer;
import io.darkroom.nlq.analyze.PlainTokens;
import io.darkroom.nlq.exec.TableReader;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data access by group, end to end: a real share with a finance and a support folder (text files and a
 * CSV each, ingested by the real ingest into documents, facts and datasets), access rules in
 * {@code access.yaml}, and keys of each group asking every endpoint. A finance key must never see a
 * support document, count, value or insight — checked per endpoint and, as a net under all of them, on
 * every byte the finance key receives. The all-data key sees both (so the checks can fail).
 */
class DataAccessSparkTest {
    /** Words that exist only in the support folder: finance's responses must never contain them. */
    private static final List<String> SUPPORT_ONLY = List.of("narwhal", "escalations", "/support/");
    /** Five or more documents with a "Product:" line make a product field (FormFields.MIN_DOCUMENTS). */
    private static final int INVOICES = 6;
    private static final int TICKETS = 6;
    /** Every file is a document, the CSV files too (they also become datasets); every support file names Narwhal. */
    private static final int FINANCE_DOCS = INVOICES + 1;
    private static final int SUPPORT_DOCS = TICKETS + 1;

    @TempDir
    static Path root;
    private static Path share;
    private static Warehouse warehouse;
    private static DarkroomServer server;
    private static String financeKey;
    private static String supportKey;
    private static String financeAdminKey;
    private static String bossKey;
    private static String strangerKey;
    private static final List<String> FINANCE_BODIES = new ArrayList<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        Path home = Files.createDirectories(root.resolve("home"));
        share = Files.createDirectories(root.resolve("share"));
        Path finance = Files.createDirectories(share.resolve("finance"));
        Path support = Files.createDirectories(share.resolve("support"));
        Path open = Files.createDirectories(share.resolve("open"));
        for (int i = 1; i <= INVOICES; i++) {
            Files.writeString(finance.resolve("invoice-" + i + ".txt"), "Invoice INV-" + (100 + i) + "\nProduct: Quokka " + (i % 2 == 0 ? "ledger" : "vault")
                    + "\nDate: 2024-0" + i + "-15\nTotal due: EUR " + (1000 * i) + ".00 for the Quokka ledger licence.\n");
        }
        Files.writeString(finance.resolve("budget.csv"), "cost_center,amount\n" + "Quokka ops,100\nQuokka sales,250\nQuokka legal,75\n".repeat(4));
        for (int i = 1; i <= TICKETS; i++) {
            Files.writeString(support.resolve("ticket-" + i + ".txt"), "Support ticket T-" + (200 + i) + "\nProduct: Narwhal " + (i % 2 == 0 ? "printer" : "scanner")
                    + "\nDate: 2024-0" + i + "-20\nThe Narwhal device jams again; the customer is angry.\n");
        }
        Files.writeString(support.resolve("escalations.csv"), "team,hours\n" + "Narwhal desk,5\nNarwhal night,3\nNarwhal field,8\n".repeat(4));
        Files.writeString(open.resolve("readme.txt"), "Notes for everyone about the office move.\n");

        warehouse = new Warehouse(SharedSpark.session(), home.resolve("warehouse").toUri().toString());
        new IngestJob().run(warehouse, new IngestRequest(List.of(share.toString()), PathFilter.ALL,
                ParseOptions.defaults().withIsolation(ParseOptions.Isolation.IN_PROCESS), null));
        new FactsBuilder(warehouse).rebuild();
        Map<String, String> datasets = new java.util.HashMap<>();
        for (Row r : warehouse.read(DatasetRegistryTable.TABLE).collectAsList()) {
            datasets.put(r.getAs(DatasetRegistryTable.DATASET), r.getAs(DatasetRegistryTable.TABLE_NAME));
        }
        assertThat(datasets).as("the ingest found both CSV files").containsKeys("finance_budget", "support_escalations");
        var spark = SharedSpark.session();
        warehouse.replace(InsightsTable.TABLE, spark.createDataFrame(List.of(
                WarehouseFixture.insight("ins-docs", "change", 1, "documents", "facts", "Documents up 60 % in May.", "{\"value\": 8}"),
                WarehouseFixture.insight("ins-budget", "anomaly", 2, "total_amount", datasets.get("finance_budget"),
                        "Quokka sales stands out in the budget.", "{\"value\": 250}"),
                WarehouseFixture.insight("ins-escalations", "anomaly", 3, "total_hours", datasets.get("support_escalations"),
                        "Narwhal field stands out in the escalations.", "{\"value\": 8}")), InsightsTable.TABLE.schema()));
        new CatalogRefresh(warehouse).run();

        Files.writeString(home.resolve(AccessPolicy.FILE), """
                # the support folder is support's, the finance folder finance's; the rest nobody's but '*' keys
                sources:
                  - path: %s
                    groups: [finance]
                  - path: %s
                    groups: [support, auditors]
                unlisted: nobody
                """.formatted(finance.toUri(), support));
        financeKey = ApiKeys.create(home, "fin", Role.READ, List.of("finance"), new SecureRandom()).secret();
        supportKey = ApiKeys.create(home, "sup", Role.READ, List.of("support"), new SecureRandom()).secret();
        financeAdminKey = ApiKeys.create(home, "fin-admin", Role.ADMIN, List.of("finance"), new SecureRandom()).secret();
        bossKey = ApiKeys.create(home, "boss", Role.ADMIN, List.of("*"), new SecureRandom()).secret();
        strangerKey = ApiKeys.create(home, "stranger", Role.READ, new SecureRandom()).secret();
        ServerConfig config = new ServerConfig("127.0.0.1", 0, ApiKeys.read(home), 64 * 1024, 16 * 1024,
                Duration.ofSeconds(120), 8, List.of(share));
        server = DarkroomServer.start(config, warehouse, (w, catalog) -> new QuestionAnswerer(catalog, TableReader.of(w),
                new PlainTokens(), null, null, Clock.systemUTC()), home);
        server.warmUp("how many documents are there"); // builds each key group's catalog view, as `serve` does
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void eachGroupCountsOnlyItsOwnDocumentsWhenAsking() throws Exception {
        assertThat(count(financeKey, "how many documents are there")).isEqualTo(FINANCE_DOCS);
        assertThat(count(supportKey, "how many documents are there")).isEqualTo(SUPPORT_DOCS);
        assertThat(count(bossKey, "how many documents are there")).isEqualTo(FINANCE_DOCS + SUPPORT_DOCS + 1);
        JsonNode byProduct = ok(call("POST", "/api/ask", financeKey, "{\"question\": \"how many documents by product\"}"));
        assertThat(byProduct.toString().toLowerCase(Locale.ROOT)).contains("quokka").doesNotContain("narwhal");
    }

    @Test
    void anotherGroupsDatasetDoesNotExistForTheCaller() throws Exception {
        HttpResponse<String> r = call("POST", "/api/ask", financeKey,
                "{\"question\": \"total hours\", \"dataset\": \"datasets/support_escalations\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("message").asText()).contains("no dataset").contains("finance_budget");
        assertThat(ok(call("POST", "/api/ask", supportKey, "{\"question\": \"total hours\", \"dataset\": \"datasets/support_escalations\"}"))
                .get("table").get("rows").get(0).get(0).asLong()).isEqualTo(64);
    }

    @Test
    void theCatalogAndSuggestionsHoldOnlyVisibleTablesCountsAndValues() throws Exception {
        JsonNode fin = ok(call("GET", "/api/catalog", financeKey, null));
        assertThat(tableNames(fin)).contains("facts", "datasets/finance_budget").doesNotContain("datasets/support_escalations");
        assertThat(rowCount(fin, "facts")).isEqualTo(FINANCE_DOCS);
        JsonNode boss = ok(call("GET", "/api/catalog", bossKey, null));
        assertThat(tableNames(boss)).contains("facts", "datasets/finance_budget", "datasets/support_escalations");
        assertThat(rowCount(boss, "facts")).isEqualTo(FINANCE_DOCS + SUPPORT_DOCS + 1);

        assertThat(ok(call("GET", "/api/suggestions?prefix=narw", supportKey, null)).get("items")).isNotEmpty();
        assertThat(ok(call("GET", "/api/suggestions?prefix=narw", financeKey, null)).get("items")).isEmpty();
        assertThat(ok(call("GET", "/api/suggestions?prefix=quok", financeKey, null)).get("items")).isNotEmpty();
    }

    @Test
    void searchAndDocumentViewsAndDownloadsStopAtTheGroupsFolders() throws Exception {
        assertThat(ok(call("GET", "/api/documents?q=narwhal", financeKey, null)).get("total").asLong()).isZero();
        assertThat(ok(call("POST", "/api/ask", financeKey, "{\"question\": \"documents mentioning narwhal\"}")).get("table")
                .get("rows")).isEmpty();
        assertThat(ok(call("GET", "/api/documents?q=narwhal", supportKey, null)).get("total").asLong()).isEqualTo(SUPPORT_DOCS);
        // The question's search reads the documents' text through the caller's scope too: support's own files are found.
        JsonNode found = ok(call("POST", "/api/ask", supportKey, "{\"question\": \"documents mentioning narwhal\"}")).get("table").get("rows");
        assertThat(found).isNotEmpty();
        found.forEach(row -> assertThat(warehouse.read(DocumentsTable.TABLE).filter(col(DocumentsTable.DOC_ID).equalTo(row.get(0).asText()))
                .first().<String>getAs(DocumentsTable.FILE_PATH)).contains("/support/"));
        JsonNode all = ok(call("GET", "/api/documents?limit=100", financeKey, null));
        assertThat(all.get("total").asLong()).isEqualTo(FINANCE_DOCS);
        all.get("items").forEach(d -> assertThat(d.get("path").asText()).contains("/finance/"));

        String ticket = warehouse.read(DocumentsTable.TABLE).filter(col(DocumentsTable.FILE_PATH).contains("ticket-1"))
                .select(DocumentsTable.DOC_ID).first().getString(0);
        String encoded = URLEncoder.encode(ticket, StandardCharsets.UTF_8);
        assertThat(call("GET", "/api/documents/" + encoded, financeKey, null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/documents/" + encoded + "/original", financeKey, null).statusCode()).isEqualTo(404);
        assertThat(ok(call("GET", "/api/documents/" + encoded, supportKey, null)).get("text").asText()).contains("Narwhal");
        assertThat(call("GET", "/api/documents/" + encoded + "/original", supportKey, null).body()).contains("Narwhal device jams");
    }

    @Test
    void theInsightFeedShowsOnlyInsightsComputedFromVisibleDataAlone() throws Exception {
        assertThat(insightIds(financeKey)).containsExactly("ins-budget");
        assertThat(insightIds(supportKey)).containsExactly("ins-escalations");
        assertThat(insightIds(bossKey)).containsExactly("ins-docs", "ins-budget", "ins-escalations");
        assertThat(call("GET", "/api/insights/ins-escalations", financeKey, null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/insights/ins-docs", financeKey, null).statusCode()).isEqualTo(404);

        // The alert path asks the same question of the scope (Alerts.afterFeed).
        DataScope finance = AccessPolicy.read(root.resolve("home")).scopeFor(List.of("finance"));
        assertThat(finance.insightTables(warehouse)).containsExactly("datasets/finance_budget");
    }

    @Test
    void watchesAreListedToTheGroupThatMadeThem() throws Exception {
        HttpResponse<String> made = call("POST", "/api/watches", supportKey,
                "{\"measure\": \"narwhal tickets\", \"email\": \"support-lead@example.org\"}");
        assertThat(made.statusCode()).isEqualTo(201);
        String id = json(made).get("id").asText();
        assertThat(ok(call("GET", "/api/watches", supportKey, null)).toString()).contains(id);
        assertThat(ok(call("GET", "/api/watches", bossKey, null)).toString()).contains(id);
        assertThat(ok(call("GET", "/api/watches", financeKey, null)).toString()).doesNotContain(id);
    }

    @Test
    void aKeyWithoutGroupsSeesNoRestrictedDataAndAGroupAdminCannotChangeTheWarehouse() throws Exception {
        String stranger = call("GET", "/api/documents?q=quokka", strangerKey, null).body()
                + call("GET", "/api/documents?q=narwhal", strangerKey, null).body()
                + call("GET", "/api/insights", strangerKey, null).body();
        assertThat(stranger.toLowerCase(Locale.ROOT)).doesNotContain("quokka").doesNotContain("narwhal");
        for (HttpResponse<String> r : List.of(
                call("PUT", "/api/catalog/synonyms", financeAdminKey, "{\"tables\": {\"facts\": [\"papers\"]}}"),
                call("POST", "/api/jobs/ingest", financeAdminKey, "{\"source\": \"" + share.resolve("support") + "\"}"))) {
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(json(r).get("message").asText()).contains("fin-admin").contains("finance");
        }
    }

    @Test
    void nothingTheFinanceKeyReceivedMentionsSupportData() throws Exception {
        // Runs the finance calls of every endpoint once more, so this net does not depend on test order.
        for (String path : List.of("/api/catalog", "/api/suggestions?prefix=n", "/api/suggestions?prefix=e", "/api/insights",
                "/api/documents?limit=100", "/api/documents?q=printer", "/api/watches", "/metrics")) {
            call("GET", path, financeKey, null);
        }
        for (String q : List.of("how many documents by product", "which product has the most documents", "total hours by team",
                "show the support tickets", "documents about printers")) {
            call("POST", "/api/ask", financeKey, "{\"question\": \"" + q + "\"}");
        }
        assertThat(FINANCE_BODIES).hasSizeGreaterThan(10);
        for (String body : FINANCE_BODIES) {
            for (String word : SUPPORT_ONLY) {
                assertThat(body.toLowerCase(Locale.ROOT)).as("a finance response").doesNotContain(word);
            }
        }
    }

    private static long count(String key, String question) throws Exception {
        JsonNode a = ok(call("POST", "/api/ask", key, "{\"question\": \"" + question + "\"}"));
        return a.get("table").get("rows").get(0).get(0).asLong();
    }

    private static List<String> insightIds(String key) throws Exception {
        List<String> out = new ArrayList<>();
        ok(call("GET", "/api/insights", key, null)).get("items").forEach(i -> out.add(i.get("id").asText()));
        return out;
    }

    private static List<String> tableNames(JsonNode catalog) {
        List<String> out = new ArrayList<>();
        catalog.get("tables").forEach(t -> out.add(t.get("name").asText()));
        return out;
    }

    private static long rowCount(JsonNode catalog, String table) {
        for (JsonNode t : catalog.get("tables")) {
            if (t.get("name").asText().equals(table)) {
                return t.get("rowCount").asLong();
            }
        }
        throw new AssertionError("no table " + table + " in " + tableNames(catalog));
    }

    private static JsonNode ok(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r);
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.mapper().readTree(r.body());
    }

    private static HttpResponse<String> call(String method, String path, String key, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + key);
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        HttpResponse<String> r = HTTP.send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        // A response may echo what was sent ("no dataset 'x'"); the net checks what the server volunteered.
        String sent = (path + (body == null ? "" : body)).toLowerCase(Locale.ROOT);
        if (key.equals(financeKey) && SUPPORT_ONLY.stream().noneMatch(sent::contains)) {
            synchronized (FINANCE_BODIES) {
                FINANCE_BODIES.add(r.body());
            }
        }
        return r;
    }
}
