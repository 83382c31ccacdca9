package io.darkroom.app.server.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

import java.util.Map;

/**
 * The web page: static files from the classpath folder {@code /web} served at {@code /} (index.html,
 * its scripts and the bundled chart libraries), so the page needs nothing from the internet and no key
 * to load; the API calls it makes are authorised like any other client's.
 */
public final class WebPage {
    /** Classpath folder holding index.html and its assets. */
    public static final String CLASSPATH_DIRECTORY = "/web";

    private WebPage() {
    }

    public static void register(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = CLASSPATH_DIRECTORY;
            files.location = Location.CLASSPATH;
            // Revalidate on every load: after an upgrade the page and its scripts must not mix versions.
            files.headers = Map.of("Cache-Control", "no-cache");
        });
    }
}
