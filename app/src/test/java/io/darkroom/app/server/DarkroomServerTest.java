package io.darkroom.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.darkroom.app.cli.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class DarkroomServerTest {
    private static DarkroomServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = DarkroomServer.start(FactsFixture.answerer(new String[][]{
                {"invoice", "2024-03-01"}, {"email", "2024-04-01"}, {"email", "2023-04-01"}}), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void healthSaysOk() throws Exception {
        HttpResponse<String> r = get("/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Json.mapper().readTree(r.body()).get("status").asText()).isEqualTo("ok");
    }

    @Test
    void askReturnsTheAnswerAsJson() throws Exception {
        HttpResponse<String> r = post("/api/ask", "{\"question\": \"how many invoices were there in 2024\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode answer = Json.mapper().readTree(r.body());
        assertThat(answer.get("kind").asText()).isEqualTo("aggregate");
        assertThat(answer.get("table").get("rows").get(0).get(0).asLong()).isEqualTo(1);
        assertThat(answer.get("sentence").asText()).contains("1");
        assertThat(answer.get("chart").get("vegaLite").asText()).contains("vega-lite");
    }

    @Test
    void aBodyWithoutAQuestionIsA400WithAReadableMessageAndNoStackTrace() throws Exception {
        HttpResponse<String> r = post("/api/ask", "{\"q\": 1}");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode error = Json.mapper().readTree(r.body());
        assertThat(error.get("code").asText()).isEqualTo("bad_request");
        assertThat(error.get("message").asText()).contains("question");
        HttpResponse<String> garbage = post("/api/ask", "not json at all");
        assertThat(garbage.statusCode()).isBetween(400, 499);
        assertThat(garbage.body()).doesNotContain("at io.darkroom").doesNotContain("Exception");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
