package io.darkroom.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.darkroom.app.cli.Json;
import io.darkroom.core.spark.SharedSpark;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.nlq.QuestionAnswerer;
import io.darkroom.nlq.analyze.PlainTokens;
import io.darkroom.nlq.exec.TableReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A background ingest job started and polled over HTTP fills an empty warehouse that the API then answers from. */
class IngestJobSparkTest {
    @TempDir
    Path root;

    @Test
    void anIngestJobOnAConfiguredSourceRunsInTheBackgroundAndItsDocumentsBecomeSearchable() throws Exception {
        Path share = Files.createDirectories(root.resolve("share"));
        Files.writeString(share.resolve("memo.txt"), "Quarterly memo: the turbine order from Corvid is delayed.");
        Files.writeString(share.resolve("note.txt"), "Meeting note about the budget.");
        Path home = Files.createDirectories(root.resolve("home"));
        Warehouse warehouse = new Warehouse(SharedSpark.session(), home.resolve("warehouse").toUri().toString());
        ServerConfig config = ServerConfig.local(0).withSourceRoots(List.of(share));
        HttpClient http = HttpClient.newHttpClient();
        try (DarkroomServer server = DarkroomServer.start(config, warehouse, (w, catalog) -> new QuestionAnswerer(catalog,
                TableReader.of(w), new PlainTokens(), null, null, Clock.systemUTC()), home)) {
            String base = "http://127.0.0.1:" + server.port();
            HttpResponse<String> before = http.send(HttpRequest.newBuilder(URI.create(base + "/api/ask"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"how many documents\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(before.statusCode()).isEqualTo(409);
            assertThat(Json.mapper().readTree(before.body()).get("code").asText()).isEqualTo("WAREHOUSE_EMPTY");

            HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base + "/api/jobs/ingest"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"source\": \"" + share + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            String id = Json.mapper().readTree(started.body()).get("id").asText();
            JsonNode job = null;
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (System.nanoTime() < deadline) {
                job = Json.mapper().readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/jobs/" + id)).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                if (job.get("status").asText().equals("succeeded") || job.get("status").asText().equals("failed")) {
                    break;
                }
                Thread.sleep(500);
            }
            assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("succeeded");
            assertThat(job.get("summary").get("parsed").asLong()).isEqualTo(2);
            assertThat(job.get("progress").get("filesDone").asLong()).isEqualTo(2);
            assertThat(job.get("finishedAt").isNull()).isFalse();

            HttpResponse<String> found = http.send(HttpRequest.newBuilder(URI.create(base + "/api/documents?q=turbine")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode hits = Json.mapper().readTree(found.body());
            assertThat(hits.get("total").asLong()).isEqualTo(1);
            assertThat(hits.get("items").get(0).get("path").asText()).endsWith("memo.txt");
            HttpResponse<String> count = http.send(HttpRequest.newBuilder(URI.create(base + "/api/ask"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"how many documents are there\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(Json.mapper().readTree(count.body()).get("table").get("rows").get(0).get(0).asLong()).isEqualTo(2);
        }
    }
}
