package io.darkroom.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.darkroom.analytics.insight.InsightStore;
import io.darkroom.app.access.DataScope;
import io.darkroom.app.cli.Json;
import io.darkroom.core.warehouse.InsightsTable;
import io.darkroom.core.warehouse.Warehouse;
import io.javalin.http.Context;
import org.apache.spark.sql.Row;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** {@code GET /api/insights} (kind/measure filter, paging) and {@code GET /api/insights/{id}} over the insight feed. */
final class InsightsResource {
    private static final Set<String> KINDS = Set.of("driver", "change", "anomaly", "forecast");

    /** One row of the feed; {@code evidence} is the insight record's JSON, parsed. */
    record InsightView(String id, String kind, int rank, String measure, String table, String scope, String segment,
                       List<String> dimensions, String period, double score, double significance, double magnitude,
                       double novelty, String sentence, JsonNode evidence, String runId, Instant createdAt) {
    }

    /**
     * The feed changes only when {@code darkroom insights} runs (another process), so it is read at
     * most once per {@link #FRESH} instead of once per request.
     */
    private static final java.time.Duration FRESH = java.time.Duration.ofSeconds(30);

    private record Loaded(List<InsightView> feed, long atNanos) {
    }

    private final CatalogState state;
    private final SparkGate gate;
    /** One feed per data scope: a restricted caller's feed leaves out insights computed over data it may not see. */
    private final Map<DataScope, Loaded> loaded = new ConcurrentHashMap<>();

    InsightsResource(CatalogState state, SparkGate gate) {
        this.state = state;
        this.gate = gate;
    }

    void list(Context ctx) {
        String kind = ctx.queryParam("kind");
        if (kind != null && !KINDS.contains(kind)) {
            throw ApiError.badRequest("The kind must be one of driver, change, anomaly, forecast; got '" + kind + "'");
        }
        String measure = ctx.queryParam("measure");
        JsonBodies.Page page = JsonBodies.Page.of(ctx);
        List<InsightView> all = all(DarkroomServer.scope(ctx)).stream()
                .filter(i -> kind == null || i.kind().equals(kind))
                .filter(i -> measure == null || i.measure().equals(measure))
                .toList();
        JsonBodies.write(ctx, 200, page.slice(all));
    }

    void one(Context ctx) {
        String id = ctx.pathParam("id");
        InsightView found = all(DarkroomServer.scope(ctx)).stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiError.notFound("There is no insight '" + id + "' in the current feed"));
        JsonBodies.write(ctx, 200, found);
    }

    private List<InsightView> all(DataScope scope) {
        Loaded l = loaded.get(scope);
        if (l != null && System.nanoTime() - l.atNanos() < FRESH.toNanos()) {
            return l.feed();
        }
        List<InsightView> feed = gate.call("insights", () -> read(state.warehouse(scope)));
        loaded.put(scope, new Loaded(feed, System.nanoTime()));
        return feed;
    }

    /** The whole feed: a few hundred rows at most, so it is read whole and filtered here. */
    private static List<InsightView> read(Warehouse warehouse) {
        if (!warehouse.exists(InsightsTable.TABLE)) {
            return List.of();
        }
        return new InsightStore(warehouse).read().collectAsList().stream().map(InsightsResource::view)
                .sorted(Comparator.comparingInt(InsightView::rank)).toList();
    }

    private static InsightView view(Row r) {
        JsonNode evidence;
        try {
            evidence = Json.mapper().readTree(r.<String>getAs(InsightsTable.EVIDENCE));
        } catch (IOException e) {
            evidence = Json.mapper().getNodeFactory().textNode(r.getAs(InsightsTable.EVIDENCE));
        }
        Timestamp created = r.getAs(InsightsTable.CREATED_AT);
        return new InsightView(r.getAs(InsightsTable.INSIGHT_ID), r.getAs(InsightsTable.KIND), r.<Integer>getAs(InsightsTable.RANK),
                r.getAs(InsightsTable.MEASURE), r.getAs(InsightsTable.TABLE_NAME), r.getAs(InsightsTable.SCOPE),
                r.getAs(InsightsTable.SEGMENT), r.getList(r.fieldIndex(InsightsTable.DIMENSIONS)), r.getAs(InsightsTable.PERIOD),
                r.<Double>getAs(InsightsTable.SCORE), r.<Double>getAs(InsightsTable.SIGNIFICANCE), r.<Double>getAs(InsightsTable.MAGNITUDE),
                r.<Double>getAs(InsightsTable.NOVELTY), r.getAs(InsightsTable.SENTENCE), evidence, r.getAs(InsightsTable.RUN_ID),
                created == null ? null : created.toInstant());
    }
}
