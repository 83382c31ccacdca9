package io.darkroom.app.cli;

import io.darkroom.app.server.ApiKeys;
import io.darkroom.app.server.DarkroomServer;
import io.darkroom.app.server.Role;
import io.darkroom.app.server.ServerConfig;
import io.darkroom.core.DarkroomException;
import io.darkroom.core.config.DarkroomConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code darkroom serve}: the REST API (docs/api.md) and the web page on the warehouse. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the REST API (docs/api.md) and the web page over HTTP. Every /api call needs an API key from"
                + " <home>/api-keys.yaml; create one with --new-key NAME --role read|admin.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    WarehouseOptions options;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind. Default: ${DEFAULT-VALUE}")
    String host;

    @Option(names = "--port", defaultValue = "7070", description = "Port. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--new-key", paramLabel = "NAME", description = "Create an API key, print it once and exit (no server).")
    String newKey;

    @Option(names = "--role", defaultValue = "read", paramLabel = "ROLE", description = "Role of --new-key: read or admin. Default: ${DEFAULT-VALUE}")
    String role;

    @Option(names = "--groups", split = ",", paramLabel = "GROUP",
            description = "Groups of --new-key: whose data it may see under <home>/access.yaml (comma-separated; * for all data).")
    List<String> groups = List.of();

    @Option(names = "--json", description = "With --new-key: print the key as JSON ({name, role, groups, key}).")
    boolean json;

    @Option(names = "--no-auth", description = "Serve without API keys; only allowed with --host 127.0.0.1.")
    boolean noAuth;

    @Option(names = "--source", paramLabel = "DIR", description = "Folder whose files may be downloaded and ingested through the API (repeatable).")
    List<Path> sources = List.of();

    @Option(names = "--max-upload-mb", defaultValue = "50", paramLabel = "MB", description = "Largest dataset upload. Default: ${DEFAULT-VALUE}")
    long maxUploadMb;

    @Option(names = "--request-timeout", defaultValue = "30", paramLabel = "SECONDS", description = "Longest request before it is cancelled. Default: ${DEFAULT-VALUE}")
    long timeoutSeconds;

    @Option(names = "--max-spark-jobs", defaultValue = "4", paramLabel = "N",
            description = "Requests running Spark work at once; more get 503 + Retry-After. Default: ${DEFAULT-VALUE}")
    int sparkSlots;

    @Override
    public Integer call() throws InterruptedException {
        DarkroomConfig config = options.config();
        if (config.homeUri().contains("://") && !config.homeUri().startsWith("file:")) {
            throw DarkroomException.userInput("Cannot serve from the home " + config.home() + ": the server keeps keys and"
                    + " feedback in a local home; use a local --home");
        }
        Path home = Path.of(java.net.URI.create(config.homeUri()));
        if (newKey != null) {
            ApiKeys.Created created = ApiKeys.create(home, newKey, Role.parse(role), groups, new SecureRandom());
            if (json) {
                System.out.println(Json.write(java.util.Map.of("name", created.key().name(), "role", created.key().role().id(),
                        "groups", created.key().groups(), "key", created.secret())));
                return ExitCodes.OK;
            }
            System.out.printf("API key '%s' (%s%s) created; it is shown only now, store it safely:%n%s%n",
                    created.key().name(), created.key().role().id(),
                    groups.isEmpty() ? "" : ", groups " + String.join(",", groups), created.secret());
            return ExitCodes.OK;
        }
        ApiKeys keys = noAuth ? null : ApiKeys.read(home);
        ServerConfig server = new ServerConfig(host, port, keys, ServerConfig.DEFAULT_MAX_JSON_BYTES, maxUploadMb * 1024 * 1024,
                Duration.ofSeconds(timeoutSeconds), sparkSlots, sources);
        if (keys != null && keys.keys().isEmpty()) {
            System.err.println("No API keys yet: every /api call will get 401. Create one with"
                    + " 'darkroom serve --home " + config.home() + " --new-key NAME --role admin'.");
        }
        try (WarehouseSession session = WarehouseSession.open(config, "darkroom-serve", options.verbose)) {
            serveUntilStopped(session, server, home);
            return ExitCodes.OK;
        }
    }

    /** Serves the API and the page on an open session until Ctrl-C; shared with {@code demo}. */
    static void serveUntilStopped(WarehouseSession session, ServerConfig server, Path home) throws InterruptedException {
        try (DarkroomServer s = DarkroomServer.start(server, session.warehouse(),
                Answerers::forCatalog, home)) {
            System.out.println("Warming up (language models, tables)...");
            s.warmUp("how many documents are there");
            System.out.printf("Darkroom is listening on http://%s:%d/ (the web page; API: /openapi.json)%s; Ctrl-C stops it.%n",
                    server.host(), s.port(), server.keys() == null ? ", auth OFF (bound to " + server.host() + " only)" : "");
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "serve-stop"));
            stop.await();
        }
    }
}
