package io.darkroom.app.server;

import io.javalin.http.Handler;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One endpoint of the API: the single source the router, the auth check, the metrics label and
 * {@code /openapi.json} are all built from.
 *
 * @param path    Javalin path with {@code {param}} segments
 * @param role    the role a key needs; null for a public route
 * @param summary one line for the OpenAPI document
 * @param success the HTTP status of a successful call
 */
record Route(String method, String path, Role role, String summary, int success, Handler handler) {
    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z]+)}");

    Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(handler, "handler");
    }

    static Route get(String path, Role role, String summary, Handler handler) {
        return new Route("GET", path, role, summary, 200, handler);
    }

    static Route post(String path, Role role, String summary, int success, Handler handler) {
        return new Route("POST", path, role, summary, success, handler);
    }

    static Route put(String path, Role role, String summary, Handler handler) {
        return new Route("PUT", path, role, summary, 200, handler);
    }

    List<String> pathParams() {
        Matcher m = PARAM.matcher(path);
        return m.results().map(r -> r.group(1)).toList();
    }
}
