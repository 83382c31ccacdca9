package io.darkroom.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.darkroom.app.cli.Json;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.List;

/** The API's JSON edge: request bodies read within the size limit, responses written as JSON, paging parameters. */
final class JsonBodies {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 200;

    private final long maxBytes;

    JsonBodies(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The body as a JSON object; 413 over the limit, 400 when it is not a JSON object. */
    JsonNode object(Context ctx, String example) {
        long declared = ctx.contentLength();
        if (declared > maxBytes) {
            throw tooLarge();
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > maxBytes) {
            throw tooLarge();
        }
        try {
            JsonNode node = Json.mapper().readTree(body);
            if (node == null || !node.isObject()) {
                throw ApiError.badRequest("The request body must be a JSON object like " + example);
            }
            return node;
        } catch (IOException e) {
            throw ApiError.badRequest("The request body is not JSON; send a JSON object like " + example);
        }
    }

    private ApiError tooLarge() {
        return new ApiError(413, "payload_too_large", "The request body is larger than " + maxBytes + " bytes; send less");
    }

    static void write(Context ctx, int status, Object value) {
        ctx.status(status).contentType("application/json").result(Json.write(value));
    }

    /** {@code limit} (1..200, default 20) and {@code offset} (≥ 0) query parameters. */
    record Page(int limit, int offset) {
        static Page of(Context ctx) {
            int limit = intParam(ctx, "limit", DEFAULT_LIMIT);
            int offset = intParam(ctx, "offset", 0);
            if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
                throw ApiError.badRequest("Use limit between 1 and " + MAX_LIMIT + " and an offset of 0 or more (got limit "
                        + limit + ", offset " + offset + ")");
            }
            return new Page(limit, offset);
        }

        <T> Paged<T> slice(List<T> all) {
            int from = Math.min(offset, all.size());
            return new Paged<>(all.subList(from, Math.min(all.size(), from + limit)), all.size(), limit, offset);
        }
    }

    record Paged<T>(List<T> items, long total, int limit, int offset) {
        Paged {
            items = List.copyOf(items);
        }
    }

    static int intParam(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("The parameter '" + name + "' must be a whole number, got '" + v + "'");
        }
    }

    static String text(JsonNode body, String field, boolean required, int maxChars) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw ApiError.badRequest("The field '" + field + "' is required");
            }
            return null;
        }
        if (!v.isTextual() || (required && v.asText().isBlank())) {
            throw ApiError.badRequest("The field '" + field + "' must be a non-empty string");
        }
        if (v.asText().length() > maxChars) {
            throw ApiError.badRequest("The field '" + field + "' is longer than " + maxChars + " characters");
        }
        return v.asText();
    }
}
