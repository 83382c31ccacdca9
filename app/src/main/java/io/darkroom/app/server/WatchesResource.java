package io.darkroom.app.server;

import io.darkroom.app.access.DataScope;
import com.fasterxml.jackson.databind.JsonNode;
import io.darkroom.app.alerts.Watch;
import io.darkroom.app.alerts.WatchStore;
import io.darkroom.core.DarkroomException;
import io.javalin.http.Context;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /api/watches} and {@code GET /api/watches}: the alert watches of this home, the same ones
 * {@code darkroom watch} manages; the insight runs deliver them.
 */
final class WatchesResource {
    private static final String EXAMPLE = "{\"measure\": \"tickets\", \"email\": [\"ops@example.org\"], \"webhook\": \"https://...\", "
            + "\"kinds\": [\"anomaly\"], \"digest\": \"daily\"}";
    private final WatchStore store;
    private final JsonBodies bodies;
    private final Clock clock;

    WatchesResource(Path home, JsonBodies bodies, Clock clock) {
        this.store = home == null ? null : new WatchStore(home);
        this.bodies = bodies;
        this.clock = clock;
    }

    /** A key sees the watches made with its own data groups; an all-data scope sees every watch. */
    void list(Context ctx) {
        DataScope scope = DarkroomServer.scope(ctx);
        JsonBodies.write(ctx, 200, java.util.Map.of("items", store().watches().stream()
                .filter(w -> scope.everything() || scope.groups().equals(w.groups())).toList()));
    }

    void add(Context ctx) {
        DataScope scope = DarkroomServer.scope(ctx);
        JsonNode body = bodies.object(ctx, EXAMPLE);
        String measure = JsonBodies.text(body, "measure", true, 200);
        String webhook = JsonBodies.text(body, "webhook", false, 2_000);
        String digest = JsonBodies.text(body, "digest", false, 10);
        double minSignificance = body.has("minSignificance") ? body.get("minSignificance").asDouble(Double.NaN) : 0.9;
        URI hook;
        try {
            hook = webhook == null ? null : URI.create(webhook);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("The field 'webhook' is not a URL: " + webhook);
        }
        try {
            Watch watch = store().add(new Watch(UUID.randomUUID().toString().substring(0, 8), measure, strings(body, "kinds"),
                    minSignificance, hook, new ArrayList<>(strings(body, "email")), Watch.Cadence.ofDigest(digest), clock.instant(),
                    scope.everything() ? null : scope.groups()));
            JsonBodies.write(ctx, 201, watch);
        } catch (DarkroomException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private WatchStore store() {
        if (store == null) {
            throw new ApiError(503, "unavailable", "Watches need a local Darkroom home; this server has none");
        }
        return store;
    }

    private static Set<String> strings(JsonNode body, String field) {
        JsonNode v = body.get(field);
        Set<String> out = new LinkedHashSet<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isTextual()) {
            out.add(v.asText().strip());
            return out;
        }
        if (!v.isArray() || v.size() > 50) {
            throw ApiError.badRequest("The field '" + field + "' must be a string or a list of up to 50 strings");
        }
        for (JsonNode e : v) {
            if (!e.isTextual()) {
                throw ApiError.badRequest("The field '" + field + "' must hold strings only");
            }
            out.add(e.asText().strip());
        }
        return out;
    }
}
