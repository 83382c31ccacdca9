package io.darkroom.app.cli;

import io.darkroom.app.alerts.Alerts;
import io.darkroom.app.alerts.Watch;
import io.darkroom.app.alerts.WatchStore;
import io.darkroom.core.DarkroomException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

/** {@code darkroom watch add|list|remove}: be told when the insight feed finds something about a measure. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Watch a measure: after each insight run, new anomalies, changes, forecasts or drivers about it"
                + " go to a webhook (JSON) and/or e-mail (SMTP from DARKROOM_SMTP_HOST/PORT/FROM), at once or as a daily/weekly digest.",
        subcommands = {WatchCommand.Add.class, WatchCommand.ListWatches.class, WatchCommand.Remove.class})
public final class WatchCommand implements Runnable {
    @Override
    public void run() {
        throw DarkroomException.userInput("Cannot watch without a subcommand: use darkroom watch add, list or remove");
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Watch a measure, e.g. darkroom watch add tickets --email ops@example.org")
    static final class Add implements Callable<Integer> {
        @Mixin
        WarehouseOptions options;

        @Parameters(arity = "1..*", paramLabel = "MEASURE", description = "The measure as the feed names it, e.g. tickets, \"total amount of invoices\".")
        List<String> measure;

        @Option(names = "--kind", paramLabel = "KIND", description = "Only these kinds: anomaly, change, forecast, driver (repeatable). Default: all.")
        Set<String> kinds = new LinkedHashSet<>();

        @Option(names = "--min-significance", defaultValue = "0.9", paramLabel = "P",
                description = "Only findings at least this sure (0..1). Default: ${DEFAULT-VALUE}")
        double minSignificance;

        @Option(names = "--webhook", paramLabel = "URL", description = "POST each alert as JSON to this http(s) URL.")
        String webhook;

        @Option(names = "--email", paramLabel = "ADDRESS", description = "E-mail the alert to this address (repeatable).")
        List<String> emails = List.of();

        @Option(names = "--digest", paramLabel = "daily|weekly", description = "Gather findings into one message a day or a week.")
        String digest;

        @Option(names = "--json", description = "Print the new watch as JSON.")
        boolean json;

        @Override
        public Integer call() {
            Watch.Cadence cadence = Watch.Cadence.ofDigest(digest);
            URI hook;
            try {
                hook = webhook == null ? null : URI.create(webhook);
            } catch (IllegalArgumentException e) {
                throw DarkroomException.userInput("Cannot read webhook URL '" + webhook + "': " + e.getMessage());
            }
            Watch watch = new Watch(UUID.randomUUID().toString().substring(0, 8), String.join(" ", measure), kinds,
                    minSignificance, hook, emails, cadence, Instant.now());
            Alerts.store(options.config()).add(watch);
            if (json) {
                System.out.println(Json.write(watch));
                return ExitCodes.OK;
            }
            System.out.printf("Watching %s (id %s): %s%s.%n", watch.measure(), watch.id(),
                    cadence == Watch.Cadence.IMMEDIATE ? "alerts after each insight run" : cadence.name().toLowerCase(Locale.ROOT) + " digest",
                    watch.kinds().isEmpty() ? "" : ", kinds " + String.join(", ", watch.kinds()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the watches.")
    static final class ListWatches implements Callable<Integer> {
        @Mixin
        WarehouseOptions options;

        @Option(names = "--json", description = "Print the watches as JSON.")
        boolean json;

        @Override
        public Integer call() {
            List<Watch> watches = Alerts.store(options.config()).watches();
            if (json) {
                System.out.println(Json.write(watches));
                return ExitCodes.OK;
            }
            if (watches.isEmpty()) {
                System.out.println("No watches. Add one: darkroom watch add tickets --email you@example.org");
            }
            for (Watch w : watches) {
                System.out.printf("%s  %-30s %-9s %s%s%n", w.id(), w.measure(), w.cadence().name().toLowerCase(Locale.ROOT),
                        w.webhook() == null ? "" : "webhook " + w.webhook() + " ", w.emails().isEmpty() ? "" : "e-mail " + String.join(", ", w.emails()));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a watch by its id.")
    static final class Remove implements Callable<Integer> {
        @Mixin
        WarehouseOptions options;

        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--json", description = "Print {\"removed\": ID} as JSON.")
        boolean json;

        @Override
        public Integer call() {
            WatchStore store = Alerts.store(options.config());
            if (!store.remove(id)) {
                throw DarkroomException.userInput("Cannot remove watch " + id + ": there is none; see darkroom watch list");
            }
            System.out.println(json ? Json.write(java.util.Map.of("removed", id)) : "Removed watch " + id + ".");
            return ExitCodes.OK;
        }
    }
}
