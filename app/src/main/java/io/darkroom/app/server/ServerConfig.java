package io.darkroom.app.server;

import io.darkroom.core.DarkroomException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How the server runs: where it binds, who may call it, its limits and which folders it may serve
 * originals from. Checked on construction: switching auth off is refused unless bound to loopback.
 *
 * @param keys           the API keys; null only when auth is explicitly off
 * @param maxJsonBytes   largest JSON request body
 * @param maxUploadBytes largest dataset upload
 * @param requestTimeout longest a request may run before it is cancelled (504)
 * @param sparkSlots     requests that may run Spark work at once; more are refused with 503 + Retry-After
 * @param sourceRoots    canonical folders whose files may be downloaded and ingested
 */
public record ServerConfig(String host, int port, ApiKeys keys, long maxJsonBytes, long maxUploadBytes, Duration requestTimeout,
                           int sparkSlots, List<Path> sourceRoots) {
    public static final long DEFAULT_MAX_JSON_BYTES = 64 * 1024L;
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 50L * 1024 * 1024;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_SPARK_SLOTS = 4;
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1");

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (keys == null && !LOOPBACK.contains(host)) {
            throw DarkroomException.userInput("Cannot serve on " + host + " without API keys: --no-auth is allowed only with"
                    + " --host 127.0.0.1; create a key with 'darkroom serve --new-key NAME --role admin' instead");
        }
        if (maxJsonBytes <= 0 || maxUploadBytes <= 0 || sparkSlots <= 0 || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw DarkroomException.userInput("Cannot start the server: limits must be positive (json " + maxJsonBytes
                    + " B, upload " + maxUploadBytes + " B, spark slots " + sparkSlots + ", timeout " + requestTimeout + ")");
        }
        List<Path> canonical = new ArrayList<>();
        for (Path p : sourceRoots) {
            try {
                canonical.add(p.toRealPath());
            } catch (IOException e) {
                throw DarkroomException.userInput("Cannot use the source folder " + p + ": " + new UncheckedIOException(e).getMessage()
                        + "; give an existing folder with --source");
            }
        }
        sourceRoots = List.copyOf(canonical);
    }

    /** Loopback, no keys, default limits: for tests and a developer's own machine. */
    public static ServerConfig local(int port) {
        return new ServerConfig("127.0.0.1", port, null, DEFAULT_MAX_JSON_BYTES, DEFAULT_MAX_UPLOAD_BYTES, DEFAULT_TIMEOUT,
                DEFAULT_SPARK_SLOTS, List.of());
    }

    public boolean authOff() {
        return keys == null;
    }

    public ServerConfig withKeys(ApiKeys newKeys) {
        return new ServerConfig(host, port, newKeys, maxJsonBytes, maxUploadBytes, requestTimeout, sparkSlots, sourceRoots);
    }

    public ServerConfig withLimits(long json, long upload, Duration timeout, int slots) {
        return new ServerConfig(host, port, keys, json, upload, timeout, slots, sourceRoots);
    }

    public ServerConfig withSourceRoots(List<Path> roots) {
        return new ServerConfig(host, port, keys, maxJsonBytes, maxUploadBytes, requestTimeout, sparkSlots, roots);
    }

    /** The canonical root containing {@code file}, if any: the download and ingest gate. */
    public boolean insideSourceRoot(Path canonicalFile) {
        return sourceRoots.stream().anyMatch(canonicalFile::startsWith);
    }
}
