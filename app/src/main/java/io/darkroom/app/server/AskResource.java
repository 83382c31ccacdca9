package io.darkroom.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.darkroom.app.access.DataScope;
import io.darkroom.app.cli.Json;
import io.darkroom.core.DarkroomException;
import io.darkroom.core.ErrorCode;
import io.darkroom.nlq.answer.Answer;
import io.javalin.http.Context;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/ask} → the Answer as JSON with an {@code answerId}; {@code POST /api/answers/{id}/feedback}
 * appends right/wrong and a comment to {@code <home>/feedback.jsonl}.
 */
final class AskResource {
    static final String FEEDBACK_FILE = "feedback.jsonl";
    private static final int REMEMBERED = 10_000;
    private static final String EXAMPLE = "{\"question\": \"how many invoices in 2024\"}";

    /** What feedback needs to know about an answer given earlier. */
    record Given(String question, String kind, String sql, String tableUsed, String session) {
    }

    record Feedback(String id, String answerId, String verdict, String comment, Instant at) {
    }

    private final CatalogState state;
    private final SparkGate gate;
    private final JsonBodies bodies;
    private final Path home;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Given> recent = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Given> eldest) {
            return size() > REMEMBERED;
        }
    };

    AskResource(CatalogState state, SparkGate gate, JsonBodies bodies, Path home, Clock clock) {
        this.state = state;
        this.gate = gate;
        this.bodies = bodies;
        this.home = home;
        this.clock = clock;
    }

    void ask(Context ctx) {
        JsonNode body = bodies.object(ctx, EXAMPLE);
        String question;
        try {
            question = JsonBodies.text(body, "question", true, 1000);
        } catch (ApiError e) {
            throw ApiError.badRequest("Send a JSON body like " + EXAMPLE + " (" + e.getMessage() + ")");
        }
        String session = JsonBodies.text(body, "session", false, 200);
        String dataset = JsonBodies.text(body, "dataset", false, 200);
        DataScope scope = DarkroomServer.scope(ctx);
        Answer answer = gate.call("ask", () -> state.answerer(scope, dataset).ask(session, question));
        String id = "a-" + HexFormat.of().formatHex(bytes(8));
        synchronized (recent) {
            recent.put(id, new Given(answer.question(), answer.kind(), answer.sql(), answer.tableUsed(), session));
        }
        ObjectNode out = Json.mapper().createObjectNode();
        out.put("answerId", id);
        out.put("session", session);
        out.setAll((ObjectNode) Json.mapper().valueToTree(answer));
        JsonBodies.write(ctx, 200, out);
    }

    void feedback(Context ctx) {
        String answerId = ctx.pathParam("id");
        Given given;
        synchronized (recent) {
            given = recent.get(answerId);
        }
        if (given == null) {
            throw ApiError.notFound("There is no recent answer '" + answerId + "'; feedback is kept for the last "
                    + REMEMBERED + " answers of this server run");
        }
        JsonNode body = bodies.object(ctx, "{\"verdict\": \"wrong\", \"comment\": \"...\"}");
        String verdict = JsonBodies.text(body, "verdict", true, 10);
        if (!verdict.equals("right") && !verdict.equals("wrong")) {
            throw ApiError.badRequest("The verdict must be \"right\" or \"wrong\", got \"" + verdict + "\"");
        }
        String comment = JsonBodies.text(body, "comment", false, 2000);
        Feedback f = new Feedback("f-" + HexFormat.of().formatHex(bytes(8)), answerId, verdict, comment, clock.instant());
        ObjectNode line = Json.mapper().valueToTree(f);
        line.set("answer", Json.mapper().valueToTree(given));
        append(line.toString());
        JsonBodies.write(ctx, 201, f);
    }

    private synchronized void append(String jsonLine) {
        if (home == null) {
            throw new DarkroomException(ErrorCode.INVALID_CONFIG, "Cannot store feedback: this server has no Darkroom home");
        }
        Path file = home.resolve(FEEDBACK_FILE);
        try {
            Files.createDirectories(home);
            Files.writeString(file, jsonLine + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new DarkroomException(ErrorCode.STORAGE_FAILURE, "Cannot store feedback in " + file
                    + "; check that the home is writable", e.getMessage(), e);
        }
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
