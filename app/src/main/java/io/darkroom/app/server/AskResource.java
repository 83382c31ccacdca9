package io.darkroom.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.darkroom.app.cli.Json;
import io.darkroom.nlq.QuestionAnswerer;
import io.darkroom.nlq.answer.Answer;
import io.javalin.http.Context;

import java.io.IOException;

/** {@code POST /api/ask {"question": "..."}} → the Answer as JSON. */
final class AskResource {
    private final QuestionAnswerer answerer;

    AskResource(QuestionAnswerer answerer) {
        this.answerer = answerer;
    }

    void ask(Context ctx) {
        JsonNode body;
        try {
            body = Json.mapper().readTree(ctx.body());
        } catch (IOException e) {
            throw new ApiError(400, "bad_request", "The request body is not JSON; send {\"question\": \"...\"}");
        }
        JsonNode question = body == null ? null : body.get("question");
        JsonNode session = body == null ? null : body.get("session");
        if (question == null || !question.isTextual()) {
            throw new ApiError(400, "bad_request", "Send a JSON body like {\"question\": \"how many invoices in 2024\"}");
        }
        Answer answer = answerer.ask(session != null && session.isTextual() ? session.asText() : null, question.asText());
        ctx.contentType("application/json").result(Json.write(answer));
    }
}
