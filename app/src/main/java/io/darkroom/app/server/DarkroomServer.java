package io.darkroom.app.server;

import io.darkroom.app.access.AccessPolicy;
import io.darkroom.app.access.DataScope;
import io.darkroom.app.cli.Json;
import io.darkroom.core.DarkroomException;
import io.darkroom.core.ErrorCode;
import io.darkroom.core.ErrorKind;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.nlq.QuestionAnswerer;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.router.ParsedEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The HTTP server: the REST API of docs/api.md over one warehouse, behind API keys. Every route is
 * declared once in {@link #routes}; the router, the auth check, the metrics and {@code /openapi.json}
 * all come from that table.
 */
public final class DarkroomServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DarkroomServer.class);
    private static final String ROUTE_ATTRIBUTE = "darkroom.route";
    private static final String START_ATTRIBUTE = "darkroom.start";
    private static final String SCOPE_ATTRIBUTE = "darkroom.scope";

    private final Javalin app;
    private final CatalogState state;
    private final SparkGate gate;
    private final List<Route> routes;
    private final Jobs jobs;
    /** The data scopes of the configured keys (restricted ones only), whose catalog views warm-up builds. */
    private final List<DataScope> keyScopes;

    private DarkroomServer(Javalin app, CatalogState state, SparkGate gate, List<Route> routes, Jobs jobs, List<DataScope> keyScopes) {
        this.app = app;
        this.keyScopes = keyScopes;
        this.state = state;
        this.gate = gate;
        this.routes = routes;
        this.jobs = jobs;
    }

    /** Questions only, from one fixed answerer, auth off on loopback: for tests of the question path. */
    public static DarkroomServer start(QuestionAnswerer answerer, String host, int port) {
        ServerConfig config = new ServerConfig(host, port, null, ServerConfig.DEFAULT_MAX_JSON_BYTES,
                ServerConfig.DEFAULT_MAX_UPLOAD_BYTES, ServerConfig.DEFAULT_TIMEOUT, ServerConfig.DEFAULT_SPARK_SLOTS, List.of());
        return start(config, new CatalogState(answerer), null, null);
    }

    /** What the caller of this request may see (set by the auth check; everything when auth is off). */
    static DataScope scope(Context ctx) {
        DataScope scope = ctx.attribute(SCOPE_ATTRIBUTE);
        if (scope == null) {
            throw new IllegalStateException("no data scope on " + ctx.path() + ": the route has no role");
        }
        return scope;
    }

    /**
     * The full API over a warehouse.
     *
     * @param home the Darkroom home (local folder) for feedback, uploads, the keys file and the access rules
     */
    public static DarkroomServer start(ServerConfig config, Warehouse warehouse, AnswererFactory answerers, Path home) {
        return start(config, new CatalogState(warehouse, answerers), warehouse, home);
    }

    private static DarkroomServer start(ServerConfig config, CatalogState state, Warehouse warehouse, Path home) {
        AccessPolicy access = AccessPolicy.read(home);
        SparkGate gate = new SparkGate(warehouse == null ? null : warehouse.spark(), config.sparkSlots(), config.requestTimeout(),
                SparkGate.queueWaitFor(config.requestTimeout()));
        JsonBodies bodies = new JsonBodies(config.maxJsonBytes());
        Metrics metrics = new Metrics();
        Jobs jobs = new Jobs(state, config, Clock.systemUTC());
        AskResource ask = new AskResource(state, gate, bodies, home, Clock.systemUTC());
        CatalogResource catalog = new CatalogResource(state, bodies);
        InsightsResource insights = new InsightsResource(state, gate);
        DocumentsResource documents = new DocumentsResource(state, gate, config);
        DatasetsResource datasets = new DatasetsResource(state, gate, config, home);
        WatchesResource watches = new WatchesResource(home, bodies, Clock.systemUTC());
        List<Route> routes = new ArrayList<>();
        routes.add(Route.get("/health", null, "Liveness: {\"status\": \"ok\"}",
                ctx -> JsonBodies.write(ctx, 200, Map.of("status", "ok"))));
        routes.add(Route.get("/metrics", Role.READ, "Prometheus metrics: requests and latency per route, Spark work",
                ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.render())));
        routes.add(Route.post("/api/ask", Role.READ, "Answer a question: {question, session?, dataset?} -> Answer + answerId", 200, ask::ask));
        routes.add(Route.post("/api/answers/{id}/feedback", Role.READ, "Mark an answer right or wrong, with a comment", 201, ask::feedback));
        routes.add(Route.get("/api/suggestions", Role.READ, "Autocomplete from the catalog (?prefix=&limit=)", catalog::suggestions));
        routes.add(Route.get("/api/catalog", Role.READ, "The current catalog: tables, measures, dimensions, synonyms", catalog::catalog));
        routes.add(Route.put("/api/catalog/synonyms", Role.ADMIN, "Add synonyms to the catalog overrides and apply them", catalog::putSynonyms));
        routes.add(Route.get("/api/insights", Role.READ, "The insight feed (?kind=&measure=&limit=&offset=)", insights::list));
        routes.add(Route.get("/api/insights/{id}", Role.READ, "One insight with its evidence", insights::one));
        routes.add(Route.get("/api/documents", Role.READ, "Search documents (?q=&type=&from=&to=&limit=&offset=)", documents::search));
        routes.add(Route.get("/api/documents/{id}", Role.READ, "One document: text, metadata, entities, parent, attachments", documents::one));
        routes.add(Route.get("/api/documents/{id}/original", Role.READ, "Download the source file (inside a configured source only)",
                documents::original));
        routes.add(Route.post("/api/datasets", Role.ADMIN, "Upload a CSV/XLSX/XLS/ODS file as a dataset (multipart 'file', 'name')",
                201, datasets::upload));
        routes.add(Route.post("/api/jobs/ingest", Role.ADMIN, "Start ingesting a configured source in the background: {source}",
                202, jobs::startIngest));
        routes.add(Route.get("/api/jobs/{id}", Role.ADMIN, "A background job's status and progress", jobs::one));
        routes.add(Route.get("/api/watches", Role.READ, "The alert watches (measure, kinds, channels, digest)", watches::list));
        routes.add(Route.post("/api/watches", Role.READ, "Watch a measure: {measure, kinds?, minSignificance?, webhook?, email?, digest?}",
                201, watches::add));
        // Registered last so that the document lists every route, itself included.
        routes.add(Route.get("/openapi.json", null, "This OpenAPI document", ctx -> { }));
        String openApi = Json.write(OpenApi.of(routes));
        routes.set(routes.size() - 1, Route.get("/openapi.json", null, "This OpenAPI document",
                ctx -> ctx.contentType("application/json").result(openApi)));
        metrics.gauge("darkroom_spark_active_jobs", gate::activeSparkJobs);
        metrics.gauge("darkroom_spark_slots_in_use", gate::inUse);
        metrics.gauge("darkroom_jobs_running", jobs::running);

        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            // Uploads are the largest bodies; JSON bodies have their own, smaller limit (JsonBodies).
            cfg.http.maxRequestSize = Math.max(config.maxUploadBytes(), config.maxJsonBytes());
            for (Route r : routes) {
                cfg.routes.addHttpHandler(HandlerType.findOrCreate(r.method()), r.path(), guarded(r, config, access));
            }
            io.darkroom.app.server.web.WebPage.register(cfg);
            cfg.routes.before(ctx -> ctx.attribute(START_ATTRIBUTE, System.nanoTime()));
            cfg.routes.after(ctx -> {
                Long start = ctx.attribute(START_ATTRIBUTE);
                String route = ctx.attribute(ROUTE_ATTRIBUTE);
                if (start != null) {
                    metrics.record(ctx.method().name(), route == null ? "unmatched" : route, ctx.statusCode(), System.nanoTime() - start);
                }
            });
            cfg.routes.exception(ApiError.class, (e, ctx) -> {
                if (e.status() == 503) {
                    ctx.header("Retry-After", SparkGate.RETRY_AFTER_SECONDS);
                }
                error(ctx, e.status(), e.code(), e.getMessage(), e.detail());
            });
            cfg.routes.exception(DarkroomException.class, (e, ctx) -> {
                if (e.kind() == ErrorKind.USER_INPUT) {
                    error(ctx, e.code() == ErrorCode.WAREHOUSE_EMPTY ? 409 : 400, e.code().name(), e.getMessage(), e.detail());
                } else {
                    String incident = incident();
                    LOG.error("Request {} {} failed (incident {})", ctx.method(), ctx.path(), incident, e);
                    error(ctx, e.kind() == ErrorKind.EXTERNAL ? 502 : 500, e.code().name(), e.getMessage(), "incident " + incident);
                }
            });
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                    e.getStatus() == 413 ? "payload_too_large" : e.getStatus() == 404 ? "not_found" : "bad_request",
                    e.getStatus() == 413 ? "The request body is larger than this server accepts" : e.getMessage(), null));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                String incident = incident();
                LOG.error("Request {} {} failed (incident {})", ctx.method(), ctx.path(), incident, e);
                error(ctx, 500, "internal_error", "Something went wrong on our side; the operators can find it in the server log.",
                        "incident " + incident);
            });
            cfg.routes.error(404, ctx -> {
                if (!isJson(ctx)) {
                    error(ctx, 404, "not_found", "There is no " + ctx.method() + " " + ctx.path() + "; see /openapi.json", null);
                }
            });
            cfg.routes.error(413, ctx -> {
                if (!isJson(ctx)) {
                    error(ctx, 413, "payload_too_large", "The request body is larger than this server accepts", null);
                }
            });
        }).start(config.host(), config.port());
        LOG.info("Darkroom API on {}:{} ({} routes, auth {}, {})", config.host(), app.port(), routes.size(),
                config.authOff() ? "OFF (loopback only)" : "on, " + config.keys().keys().size() + " key(s)",
                access.open() ? "every key sees all data (no " + AccessPolicy.FILE + ")"
                        : "data access by group: " + access.sources().size() + " source rule(s), " + access.datasets().size() + " dataset rule(s)");
        List<DataScope> keyScopes = config.authOff() ? List.of() : config.keys().keys().stream()
                .map(k -> access.scopeFor(k.groups())).filter(sc -> !sc.everything()).distinct().toList();
        return new DarkroomServer(app, state, gate, List.copyOf(routes), jobs, keyScopes);
    }

    private static Handler guarded(Route route, ServerConfig config, AccessPolicy access) {
        String label = route.path();
        return ctx -> {
            ctx.attribute(ROUTE_ATTRIBUTE, label);
            if (route.role() != null && config.authOff()) {
                ctx.attribute(SCOPE_ATTRIBUTE, access.everything());
            } else if (route.role() != null) {
                Optional<ApiKeys.Key> key = config.keys().authenticate(presentedKey(ctx));
                if (key.isEmpty()) {
                    ctx.header("WWW-Authenticate", "Bearer realm=\"darkroom\"");
                    throw new ApiError(401, "unauthorized", "Send a valid API key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'");
                }
                if (!key.get().role().allows(route.role())) {
                    throw ApiError.forbidden("The key '" + key.get().name() + "' has the role " + key.get().role().id()
                            + "; " + route.method() + " " + route.path() + " needs " + route.role().id());
                }
                DataScope scope = access.scopeFor(key.get().groups());
                if (route.role() == Role.ADMIN && !scope.everything()) {
                    // Admin work (ingest, uploads, synonyms) changes or reports on the whole warehouse.
                    throw ApiError.forbidden("The key '" + key.get().name() + "' sees only the data of its groups ("
                            + String.join(", ", key.get().groups()) + "); " + route.method() + " " + route.path()
                            + " needs an admin key of the group " + AccessPolicy.ALL_DATA);
                }
                ctx.attribute(SCOPE_ATTRIBUTE, scope);
            }
            route.handler().handle(ctx);
        };
    }

    private static String presentedKey(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return auth.substring(7).strip();
        }
        return ctx.header("X-API-Key");
    }

    private static boolean isJson(Context ctx) {
        String ct = ctx.res().getContentType();
        return ct != null && ct.startsWith("application/json");
    }

    private static void error(Context ctx, int status, String code, String message, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", message);
        body.put("detail", detail);
        ctx.status(status).contentType("application/json").result(Json.write(body));
    }

    private static String incident() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Asks one question outside the request limits, so that loading the language models and caching
     * the tables happens once at start-up rather than in the first users' requests (which would time out).
     * Does nothing when the warehouse has no catalog yet.
     */
    public void warmUp(String question) {
        try {
            state.answerer(null).ask(null, question);
            // Each group's own catalog view is built from its visible rows: seconds to minutes on a big warehouse.
            for (DataScope scope : keyScopes) {
                state.catalog(scope);
            }
        } catch (DarkroomException e) {
            LOG.info("No warm-up: {}", e.getMessage());
        }
    }

    public int port() {
        return app.port();
    }

    /** "METHOD /path" of every handler the router really holds (for the OpenAPI check). */
    List<String> registeredRoutes() {
        List<String> out = new ArrayList<>();
        for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
            if (!e.endpoint.method.isHttpMethod()) {
                continue; // before/after filters
            }
            out.add(e.endpoint.method.name() + " " + e.endpoint.path);
        }
        return out;
    }

    List<Route> routes() {
        return routes;
    }

    @Override
    public void close() {
        app.stop();
        jobs.close();
        gate.close();
    }
}
