package io.darkroom.app.alerts;

import io.darkroom.analytics.insight.Insight;
import io.darkroom.app.access.AccessPolicy;
import io.darkroom.core.DarkroomException;
import io.darkroom.core.config.DarkroomConfig;
import io.darkroom.core.warehouse.Warehouse;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The alert wiring a command needs: the home's watch store, channels from the environment, one dispatch. */
public final class Alerts {
    public static final String ENV_PUBLIC_URL = "DARKROOM_PUBLIC_URL";
    public static final String DEFAULT_PUBLIC_URL = "http://127.0.0.1:7070";

    private Alerts() {
    }

    /** The watch store of a local home; alerts need a local home (the server and the CLI share its files). */
    public static WatchStore store(DarkroomConfig config) {
        return new WatchStore(localHome(config).orElseThrow(() -> DarkroomException.userInput("Cannot keep watches in "
                + config.homeUri() + ": alerts need a local home folder; run the alerting commands with a local --home")));
    }

    private static java.util.Optional<Path> localHome(DarkroomConfig config) {
        URI home = URI.create(config.homeUri());
        return "file".equals(home.getScheme()) ? java.util.Optional.of(Path.of(home)) : java.util.Optional.empty();
    }

    /** Sends what the watches of this home are owed after a feed run; quiet (null) when nobody watches anything. */
    public static AlertDispatcher.Report afterFeed(DarkroomConfig config, Warehouse warehouse, List<Insight> ranked, Map<String, String> env) {
        java.util.Optional<Path> home = localHome(config);
        if (home.isEmpty()) {
            return null;
        }
        WatchStore store = new WatchStore(home.get());
        if (store.watches().isEmpty()) {
            return null;
        }
        AlertDispatcher dispatcher = new AlertDispatcher(store, new WebhookChannel(Duration.ofSeconds(10)),
                new EmailChannel(MailServer.fromEnvironment(env)), env.getOrDefault(ENV_PUBLIC_URL, DEFAULT_PUBLIC_URL));
        AccessPolicy access = AccessPolicy.read(home.get());
        Map<Set<String>, Set<String>> visibleTables = new HashMap<>();
        return dispatcher.dispatch(ranked, Instant.now(), (watch, insight) -> watch.groups() == null || access.open()
                || visibleTables.computeIfAbsent(watch.groups(), g -> Set.copyOf(access.scopeFor(g).insightTables(warehouse)))
                        .contains(insight.subject().measure().table()));
    }
}
