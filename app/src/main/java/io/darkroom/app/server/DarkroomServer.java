package io.darkroom.app.server;

import io.darkroom.app.cli.Json;
import io.darkroom.core.DarkroomException;
import io.darkroom.core.ErrorKind;
import io.darkroom.nlq.QuestionAnswerer;
import io.javalin.Javalin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * The HTTP server: {@code GET /health} and {@code POST /api/ask}. The product-surface issue adds the
 * rest of the API, auth and the web page.
 */
public final class DarkroomServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DarkroomServer.class);
    private final Javalin app;

    private DarkroomServer(Javalin app) {
        this.app = app;
    }

    public static DarkroomServer start(QuestionAnswerer answerer, String host, int port) {
        AskResource ask = new AskResource(answerer);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = 64 * 1024L;
            io.darkroom.app.server.web.WebPage.register(config);
            config.routes.get("/health", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
            config.routes.post("/api/ask", ask::ask);
            config.routes.exception(ApiError.class, (e, ctx) -> ctx.status(e.status())
                    .contentType("application/json").result(Json.write(Map.of("code", e.code(), "message", e.getMessage()))));
            config.routes.exception(DarkroomException.class, (e, ctx) -> ctx
                    .status(e.kind() == ErrorKind.USER_INPUT ? 400 : 500).contentType("application/json")
                    .result(Json.write(Map.of("code", e.code().name(), "message", e.getMessage()))));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Request {} failed", ctx.path(), e);
                ctx.status(500).contentType("application/json").result(Json.write(Map.of("code", "internal_error",
                        "message", "Something went wrong on our side; the operators can find it in the server log.")));
            });
        }).start(host, port);
        return new DarkroomServer(app);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
