package io.darkroom.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.darkroom.app.cli.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API over a real (small) warehouse, through real HTTP on loopback, with API keys on. */
class ApiServerSparkTest {
    @TempDir
    static Path root;
    private static WarehouseFixture fixture;
    private static DarkroomServer server;
    private static String readKey;
    private static String adminKey;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        fixture = WarehouseFixture.create(root);
        readKey = ApiKeys.create(fixture.home, "reader", Role.READ, new SecureRandom()).secret();
        adminKey = ApiKeys.create(fixture.home, "boss", Role.ADMIN, new SecureRandom()).secret();
        ServerConfig config = new ServerConfig("127.0.0.1", 0, ApiKeys.read(fixture.home), 64 * 1024, 16 * 1024,
                Duration.ofSeconds(60), 20, List.of(fixture.share));
        server = DarkroomServer.start(config, fixture.warehouse, fixture.answerers(), fixture.home);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    // --- auth -------------------------------------------------------------------------------

    @Test
    void healthAndTheOpenApiDocumentNeedNoKey() throws Exception {
        assertThat(call("GET", "/health", null, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/openapi.json", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void apiRoutesRefuseAMissingOrUnknownKeyWith401() throws Exception {
        for (String key : new String[]{null, "drk_not-a-real-key", readKey + "x"}) {
            HttpResponse<String> r = call("POST", "/api/ask", key, "{\"question\": \"how many invoices\"}");
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(json(r).get("code").asText()).isEqualTo("unauthorized");
            assertThat(r.headers().firstValue("WWW-Authenticate")).isPresent();
        }
        assertThat(call("GET", "/metrics", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aWatchPostedThroughTheApiIsListedAndABadOneIsA400WithTheReason() throws Exception {
        HttpResponse<String> created = call("POST", "/api/watches", readKey,
                "{\"measure\": \"Tickets\", \"kinds\": [\"anomaly\"], \"email\": \"ops@example.org\", \"digest\": \"daily\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String id = json(created).get("id").asText();
        assertThat(json(created).get("measure").asText()).isEqualTo("tickets");

        JsonNode listed = ok(call("GET", "/api/watches", readKey, null));
        assertThat(listed.get("items")).anySatisfy(w -> {
            assertThat(w.get("id").asText()).isEqualTo(id);
            assertThat(w.get("cadence").asText()).isEqualTo("DAILY");
            assertThat(w.get("emails").get(0).asText()).isEqualTo("ops@example.org");
        });

        HttpResponse<String> noChannel = call("POST", "/api/watches", readKey, "{\"measure\": \"tickets\"}");
        assertThat(noChannel.statusCode()).isEqualTo(400);
        assertThat(json(noChannel).get("message").asText()).contains("without a channel");
        assertThat(call("POST", "/api/watches", readKey, "{\"measure\": \"tickets\", \"webhook\": \"file:///etc/passwd\"}")
                .statusCode()).isEqualTo(400);
        assertThat(call("GET", "/api/watches", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aKeyIsAcceptedAsBearerOrAsXApiKey() throws Exception {
        HttpResponse<String> viaHeader = HTTP.send(HttpRequest.newBuilder(uri("/api/catalog")).header("X-API-Key", readKey).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(viaHeader.statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/catalog", readKey, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aReadKeyGets403OnEveryAdminRoute() throws Exception {
        HttpResponse<String> put = call("PUT", "/api/catalog/synonyms", readKey, "{\"tables\": {\"facts\": [\"files\"]}}");
        HttpResponse<String> job = call("POST", "/api/jobs/ingest", readKey, "{\"source\": \"" + fixture.share + "\"}");
        HttpResponse<String> jobGet = call("GET", "/api/jobs/job-1", readKey, null);
        HttpResponse<String> upload = upload(readKey, "a.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), null);
        for (HttpResponse<String> r : List.of(put, job, jobGet, upload)) {
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(json(r).get("code").asText()).isEqualTo("forbidden");
            assertThat(json(r).get("message").asText()).contains("reader").contains("admin");
        }
    }

    // --- ask and feedback ---------------------------------------------------------------------

    @Test
    void askAnswersFromTheWarehouseWithAnAnswerIdAndTheSession() throws Exception {
        JsonNode a = ok(call("POST", "/api/ask", readKey, "{\"question\": \"how many invoices were there in 2024\", \"session\": \"s1\"}"));
        assertThat(a.get("answerId").asText()).startsWith("a-");
        assertThat(a.get("session").asText()).isEqualTo("s1");
        assertThat(a.get("kind").asText()).isEqualTo("aggregate");
        assertThat(a.get("table").get("rows").get(0).get(0).asLong()).isEqualTo(WarehouseFixture.count("invoice", 2024));
        assertThat(a.get("tableUsed").asText()).isEqualTo("facts");
    }

    @Test
    void askWithAnUnknownDatasetIsA400NamingTheKnownOnes() throws Exception {
        HttpResponse<String> r = call("POST", "/api/ask", readKey, "{\"question\": \"how many\", \"dataset\": \"datasets/nope\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("message").asText()).contains("datasets/nope").contains("facts");
    }

    @Test
    void badAskBodiesAre400And413WithoutAStackTrace() throws Exception {
        for (String body : new String[]{"not json", "{\"q\": 1}", "{\"question\": 42}", "[1,2]", "{\"question\": \"\"}"}) {
            HttpResponse<String> r = call("POST", "/api/ask", readKey, body);
            assertThat(r.statusCode()).as(body).isEqualTo(400);
            assertThat(json(r).get("code").asText()).isEqualTo("bad_request");
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("at io.");
        }
        String huge = "{\"question\": \"" + "x".repeat(70 * 1024) + "\"}";
        HttpResponse<String> r = call("POST", "/api/ask", readKey, huge);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).get("code").asText()).isEqualTo("payload_too_large");
    }

    @Test
    void feedbackOnARecentAnswerIsAppendedToTheHomeFile() throws Exception {
        JsonNode a = ok(call("POST", "/api/ask", readKey, "{\"question\": \"how many emails were there in 2023\"}"));
        String id = a.get("answerId").asText();
        HttpResponse<String> r = call("POST", "/api/answers/" + id + "/feedback", readKey,
                "{\"verdict\": \"wrong\", \"comment\": \"count the drafts too\"}");
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(json(r).get("verdict").asText()).isEqualTo("wrong");
        List<String> lines = Files.readAllLines(fixture.home.resolve(AskResource.FEEDBACK_FILE));
        JsonNode stored = Json.mapper().readTree(lines.stream().filter(l -> l.contains(id)).findFirst().orElseThrow());
        assertThat(stored.get("comment").asText()).isEqualTo("count the drafts too");
        assertThat(stored.get("answer").get("question").asText()).isEqualTo("how many emails were there in 2023");

        assertThat(call("POST", "/api/answers/a-unknown/feedback", readKey, "{\"verdict\": \"right\"}").statusCode()).isEqualTo(404);
        assertThat(call("POST", "/api/answers/" + id + "/feedback", readKey, "{\"verdict\": \"meh\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void twentyConcurrentAskersGetTheSameAnswersAsWhenAskedOneByOne() throws Exception {
        List<String> questions = new ArrayList<>();
        for (String type : new String[]{"invoices", "emails", "contracts", "tickets"}) {
            for (int year = 2022; year <= 2024; year++) {
                questions.add("how many " + type + " were there in " + year);
            }
        }
        for (int year = 2022; year <= 2024; year++) {
            questions.add("how many documents were there in " + year);
        }
        questions.addAll(List.of("invoices by year", "emails by year", "documents by document type", "tickets by month",
                "contracts by year"));
        assertThat(questions).hasSize(20);
        List<JsonNode> sequential = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            sequential.add(ok(call("POST", "/api/ask", readKey, askBody(questions.get(i), "seq-" + i))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<JsonNode>> futures = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                String body = askBody(questions.get(i), "conc-" + i);
                futures.add(pool.submit((Callable<JsonNode>) () -> {
                    go.await();
                    return ok(call("POST", "/api/ask", readKey, body));
                }));
            }
            go.countDown();
            for (int i = 0; i < questions.size(); i++) {
                JsonNode concurrent = futures.get(i).get();
                assertThat(concurrent.get("question").asText()).isEqualTo(questions.get(i));
                assertThat(concurrent.get("table")).as(questions.get(i)).isEqualTo(sequential.get(i).get("table"));
                assertThat(concurrent.get("sentence")).isEqualTo(sequential.get(i).get("sentence"));
            }
        } finally {
            pool.shutdownNow();
        }
        // The count questions are right, not just stable: expected values from the fixture's rows.
        String[] types = {"invoice", "email", "contract", "ticket"};
        for (int t = 0; t < 4; t++) {
            for (int year = 2022; year <= 2024; year++) {
                JsonNode a = sequential.get(t * 3 + year - 2022);
                assertThat(a.get("table").get("rows").get(0).get(0).asLong()).as(a.get("question").asText())
                        .isEqualTo(WarehouseFixture.count(types[t], year));
            }
        }
        for (int year = 2022; year <= 2024; year++) {
            assertThat(sequential.get(12 + year - 2022).get("table").get("rows").get(0).get(0).asLong())
                    .isEqualTo(WarehouseFixture.count(null, year));
        }
    }

    // --- catalog and suggestions ----------------------------------------------------------------

    @Test
    void suggestionsCompleteAPrefixFromTheCatalogValues() throws Exception {
        JsonNode s = ok(call("GET", "/api/suggestions?prefix=inv&limit=5", readKey, null));
        JsonNode first = s.get("items").get(0);
        assertThat(first.get("text").asText()).isEqualTo("invoice");
        assertThat(first.get("kind").asText()).isEqualTo("value");
        assertThat(first.get("column").asText()).isEqualTo("doc_type");
        assertThat(first.get("count").asLong()).isEqualTo(WarehouseFixture.FACTS.stream().filter(f -> f[0].equals("invoice")).count());
        JsonNode all = ok(call("GET", "/api/suggestions", readKey, null));
        assertThat(all.get("items").get(0).get("kind").asText()).isEqualTo("measure");
        assertThat(all.get("examples")).isNotEmpty();
        assertThat(call("GET", "/api/suggestions?limit=x", readKey, null).statusCode()).isEqualTo(400);
    }

    @Test
    void catalogShowsTheFactsTableWithItsMeasuresAndDimensions() throws Exception {
        JsonNode c = ok(call("GET", "/api/catalog", readKey, null));
        JsonNode facts = null;
        for (JsonNode t : c.get("tables")) {
            if (t.get("name").asText().equals("facts")) {
                facts = t;
            }
        }
        assertThat(facts).isNotNull();
        assertThat(facts.get("rowCount").asLong()).isEqualTo(WarehouseFixture.FACTS.size());
        assertThat(facts.get("measures")).isNotEmpty();
        assertThat(facts.get("dimensions").toString()).contains("doc_type");
    }

    @Test
    void synonymsAreMergedIntoTheOverridesFileAndTheNextQuestionUsesThem() throws Exception {
        HttpResponse<String> r = call("PUT", "/api/catalog/synonyms", adminKey,
                "{\"values\": {\"facts.doc_type\": {\"ticket\": [\"case\"]}}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).get("added").asInt()).isEqualTo(1);
        String file = Files.readString(fixture.home.resolve("catalog-overrides.yaml"));
        assertThat(file).contains("facts.doc_type").contains("ticket").contains("case");
        JsonNode catalog = ok(call("GET", "/api/catalog", readKey, null));
        assertThat(catalog.get("synonyms").get("value:facts.doc_type=ticket").toString()).contains("case");
        JsonNode a = ok(call("POST", "/api/ask", readKey, askBody("how many cases were there in 2024", "syn")));
        assertThat(a.get("table").get("rows").get(0).get(0).asLong()).isEqualTo(WarehouseFixture.count("ticket", 2024));

        HttpResponse<String> bad = call("PUT", "/api/catalog/synonyms", adminKey, "{\"measures\": {\"no_such_measure\": [\"x\"]}}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("message").asText()).contains("no_such_measure");
        assertThat(Files.readString(fixture.home.resolve("catalog-overrides.yaml"))).isEqualTo(file);
        assertThat(call("PUT", "/api/catalog/synonyms", adminKey, "{\"colours\": {}}").statusCode()).isEqualTo(400);
    }

    // --- insights ---------------------------------------------------------------------------------

    @Test
    void insightsFilterByKindAndMeasureAndPage() throws Exception {
        JsonNode anomalies = ok(call("GET", "/api/insights?kind=anomaly", readKey, null));
        assertThat(anomalies.get("total").asInt()).isEqualTo(2);
        assertThat(ids(anomalies)).containsExactly("ins-a", "ins-c");
        JsonNode second = ok(call("GET", "/api/insights?limit=1&offset=1", readKey, null));
        assertThat(second.get("total").asInt()).isEqualTo(3);
        assertThat(ids(second)).containsExactly("ins-b");
        assertThat(ids(ok(call("GET", "/api/insights?measure=total_amount", readKey, null)))).containsExactly("ins-c");
        JsonNode one = ok(call("GET", "/api/insights/ins-a", readKey, null));
        assertThat(one.get("evidence").get("value").asInt()).isEqualTo(42);
        assertThat(one.get("dimensions").get(0).asText()).isEqualTo("doc_type");
        assertThat(call("GET", "/api/insights/nope", readKey, null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/insights?kind=bogus", readKey, null).statusCode()).isEqualTo(400);
        assertThat(call("GET", "/api/insights?limit=0", readKey, null).statusCode()).isEqualTo(400);
    }

    // --- documents ----------------------------------------------------------------------------------

    @Test
    void documentSearchMatchesEveryWordInTitleOrTextAndFiltersByTypeAndDay() throws Exception {
        JsonNode refund = ok(call("GET", "/api/documents?q=refund", readKey, null));
        assertThat(ids(refund)).containsExactlyInAnyOrder("d0", "d1", "d3");
        JsonNode both = ok(call("GET", "/api/documents?q=refund%20late", readKey, null));
        assertThat(ids(both)).containsExactly("d1");
        assertThat(both.get("items").get(0).get("snippet").asText()).contains("refund");
        JsonNode invoices = ok(call("GET", "/api/documents?type=invoice&from=2024-05-01&to=2024-12-31", readKey, null));
        assertThat(ids(invoices)).containsExactly("d4", "d3");
        assertThat(call("GET", "/api/documents?from=yesterday", readKey, null).statusCode()).isEqualTo(400);
        assertThat(call("GET", "/api/documents?q=%25", readKey, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aDocumentComesWithEntitiesWhoseOffsetsPointIntoItsTextAndWithItsAttachments() throws Exception {
        JsonNode d1 = ok(call("GET", "/api/documents/d1", readKey, null));
        String text = d1.get("text").asText();
        assertThat(d1.get("entities")).hasSize(2);
        List<String> found = new ArrayList<>();
        for (JsonNode e : d1.get("entities")) {
            assertThat(text.substring(e.get("begin").asInt(), e.get("end").asInt())).isEqualTo(e.get("text").asText());
            found.add(e.get("text").asText());
        }
        assertThat(found).containsExactly("Bob", "Ann");
        assertThat(d1.get("attachments").get(0).get("id").asText()).isEqualTo("d5");
        assertThat(d1.get("email").get("from").asText()).isEqualTo("ann@corvid.example");
        assertThat(d1.get("type").asText()).isEqualTo("email");
        JsonNode d5 = ok(call("GET", "/api/documents/d5", readKey, null));
        assertThat(d5.get("parent").get("id").asText()).isEqualTo("d1");
        JsonNode d0 = ok(call("GET", "/api/documents/d0", readKey, null));
        assertThat(d0.get("metadata").get("Content-Type").asText()).isEqualTo("text/plain");
        assertThat(d0.get("entities").get(1).get("amount").decimalValue()).isEqualByComparingTo("120");
        assertThat(d0.get("originalAvailable").asBoolean()).isTrue();
        assertThat(call("GET", "/api/documents/nope", readKey, null).statusCode()).isEqualTo(404);
    }

    @Test
    void originalsAreServedOnlyFromInsideTheSourceFolder() throws Exception {
        HttpResponse<byte[]> ok = HTTP.send(request("GET", "/api/documents/d0/original", readKey, null).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(new String(ok.body(), StandardCharsets.UTF_8)).isEqualTo(WarehouseFixture.INVOICE_TEXT);
        assertThat(ok.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(ok.headers().firstValue("Content-Disposition").orElse("")).contains("inv-1.txt");
        // "share/../outside/secret.txt" and a symlink in share pointing outside: both refused.
        for (String id : new String[]{"d3", "d4"}) {
            HttpResponse<String> r = call("GET", "/api/documents/" + id + "/original", readKey, null);
            assertThat(r.statusCode()).as(id).isEqualTo(403);
            assertThat(r.body()).doesNotContain("not for you");
            assertThat(ok(call("GET", "/api/documents/" + id, readKey, null)).get("originalAvailable").asBoolean()).isFalse();
        }
        for (String id : new String[]{"..%2F..%2Fetc%2Fpasswd", "%2E%2E", "d0%00"}) {
            HttpResponse<String> r = call("GET", "/api/documents/" + id + "/original", readKey, null);
            assertThat(r.statusCode()).as(id).isIn(400, 404);
            assertThat(r.body()).doesNotContain("root:");
        }
    }

    // --- uploads ------------------------------------------------------------------------------------

    @Test
    void aCsvUploadBecomesADatasetTheCatalogKnows() throws Exception {
        byte[] csv = "region,amount\nnorth,10\nsouth,5\nnorth,7\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = upload(adminKey, "../../evil name.csv", csv, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode body = json(r);
        assertThat(body.get("rows").asLong()).isEqualTo(3);
        String dataset = body.get("datasets").get(0).asText();
        assertThat(dataset).isEqualTo("datasets/evil_name");
        assertThat(ok(call("GET", "/api/catalog", readKey, null)).toString()).contains(dataset);
        assertThat(root.resolve("evil name.csv")).doesNotExist();
        try (var stored = Files.walk(fixture.home.resolve("uploads"))) {
            assertThat(stored.filter(Files::isRegularFile).map(p -> p.getFileName().toString())).contains("evil_name.csv");
        }
    }

    @Test
    void uploadsThatAreTooLargeOrNotTablesAreRefused() throws Exception {
        byte[] big = ("a,b\n" + "1,2\n".repeat(5000)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> large = upload(adminKey, "big.csv", big, null);
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(json(large).get("code").asText()).isEqualTo("payload_too_large");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        HttpResponse<String> image = upload(adminKey, "looks-like.csv", png, null);
        assertThat(image.statusCode()).isEqualTo(415);
        assertThat(json(image).get("code").asText()).isEqualTo("unsupported_media_type");
        HttpResponse<String> notMultipart = call("POST", "/api/datasets", adminKey, "{\"file\": \"a,b\"}");
        assertThat(notMultipart.statusCode()).isEqualTo(400);
    }

    // --- jobs ---------------------------------------------------------------------------------------

    @Test
    void ingestJobsRunOnlyOnConfiguredSources() throws Exception {
        HttpResponse<String> outside = call("POST", "/api/jobs/ingest", adminKey, "{\"source\": \"" + fixture.outside + "\"}");
        assertThat(outside.statusCode()).isEqualTo(403);
        HttpResponse<String> escape = call("POST", "/api/jobs/ingest", adminKey, "{\"source\": \"" + fixture.share + "/../outside\"}");
        assertThat(escape.statusCode()).isEqualTo(403);
        assertThat(call("POST", "/api/jobs/ingest", adminKey, "{}").statusCode()).isEqualTo(400);
        assertThat(call("GET", "/api/jobs/job-999", adminKey, null).statusCode()).isEqualTo(404);
    }

    // --- operations ---------------------------------------------------------------------------------

    @Test
    void metricsCountRequestsPerRouteInPrometheusText() throws Exception {
        call("GET", "/health", null, null);
        HttpResponse<String> r = call("GET", "/metrics", readKey, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(r.body()).contains("darkroom_http_requests_total{method=\"GET\",route=\"/health\",status=\"200\"}")
                .contains("darkroom_http_request_duration_seconds_count{method=\"GET\",route=\"/health\"}")
                .contains("darkroom_spark_active_jobs ").contains("darkroom_spark_slots_in_use ");
    }

    @Test
    void theOpenApiDocumentListsExactlyTheRoutesTheRouterHolds() throws Exception {
        JsonNode doc = ok(call("GET", "/openapi.json", null, null));
        Set<String> documented = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            p.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey()));
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(new HashSet<>(server.registeredRoutes()));
        assertThat(documented).contains("POST /api/ask", "GET /api/documents/{id}/original", "PUT /api/catalog/synonyms");
        assertThat(doc.get("paths").get("/api/catalog/synonyms").get("put").get("x-darkroom-role").asText()).isEqualTo("admin");
    }

    @Test
    void anUnknownRouteIsAJson404() throws Exception {
        HttpResponse<String> r = call("GET", "/api/nothing-here", readKey, null);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).get("code").asText()).isEqualTo("not_found");
    }

    // --- helpers ------------------------------------------------------------------------------------

    static String askBody(String question, String session) {
        return "{\"question\": \"" + question + "\", \"session\": \"" + session + "\"}";
    }

    private static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.get("id").asText()));
        return out;
    }

    private static JsonNode ok(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r);
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.mapper().readTree(r.body());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static HttpRequest.Builder request(String method, String path, String key, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    }

    static HttpResponse<String> call(String method, String path, String key, String body) throws Exception {
        return HTTP.send(request(method, path, key, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> upload(String key, String fileName, byte[] content, String name) throws Exception {
        String boundary = "----darkroom" + System.nanoTime();
        var out = new java.io.ByteArrayOutputStream();
        if (name != null) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n" + name + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri("/api/datasets")).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
