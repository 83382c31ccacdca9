package io.darkroom.app.alerts;

import io.darkroom.analytics.insight.Insight;
import io.darkroom.core.DarkroomException;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Somebody asked to be told when the insight feed finds something new about a measure: "tickets",
 * "total amount of invoices", "average sentiment of e-mails" — the measure as the feed names it
 * (its subject label), matched word by word so "invoices" also follows "total amount of invoices".
 *
 * @param id              stable id (for removal and the API)
 * @param measure         the subject words to follow, lower case
 * @param kinds           insight kinds that count (anomaly, change, forecast, driver); empty = all
 * @param minSignificance insights less sure than this are not worth a message (0..1)
 * @param webhook         JSON is POSTed here, or null
 * @param emails          addresses that get an e-mail, possibly none
 * @param cadence         right away, or one digest a day / a week
 * @param created         when the watch was made
 * @param groups          the data groups of the API key that made it: only insights on data they may see are sent,
 *                        and only keys of the same groups list it; null when an operator made it (all data)
 */
public record Watch(String id, String measure, Set<String> kinds, double minSignificance, URI webhook,
                    List<String> emails, Cadence cadence, Instant created, Set<String> groups) {
    public static final Set<String> KINDS = Set.of("anomaly", "change", "forecast", "driver");

    public enum Cadence {
        IMMEDIATE, DAILY, WEEKLY;

        /** "daily" or "weekly" as people write it; null (not given) means after every insight run. */
        public static Cadence ofDigest(String digest) {
            if (digest == null) {
                return IMMEDIATE;
            }
            return switch (digest.strip().toLowerCase(Locale.ROOT)) {
                case "daily" -> DAILY;
                case "weekly" -> WEEKLY;
                default -> throw DarkroomException.userInput("Cannot use digest '" + digest + "': use daily or weekly");
            };
        }
    }

    /** A watch made by an operator (CLI): it follows all data. */
    public Watch(String id, String measure, Set<String> kinds, double minSignificance, URI webhook,
                 List<String> emails, Cadence cadence, Instant created) {
        this(id, measure, kinds, minSignificance, webhook, emails, cadence, created, null);
    }

    public Watch {
        groups = groups == null ? null : Set.copyOf(groups);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(created, "created");
        measure = measure == null ? "" : measure.strip().toLowerCase(Locale.ROOT);
        if (measure.isEmpty()) {
            throw DarkroomException.userInput("Cannot watch nothing: name a measure, e.g. \"tickets\" or \"total amount of invoices\"");
        }
        kinds = kinds == null ? Set.of() : kinds.stream().map(k -> k.strip().toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        for (String k : kinds) {
            if (!KINDS.contains(k)) {
                throw DarkroomException.userInput("Cannot watch for '" + k + "': use anomaly, change, forecast or driver");
            }
        }
        if (!(minSignificance >= 0 && minSignificance <= 1)) {
            throw DarkroomException.userInput("Cannot use significance " + minSignificance + ": give a number from 0 to 1");
        }
        emails = emails == null ? List.of() : List.copyOf(emails);
        for (String e : emails) {
            if (!e.matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+")) {
                throw DarkroomException.userInput("Cannot send alerts to '" + e + "': that is not an e-mail address");
            }
        }
        if (webhook != null && !List.of("http", "https").contains(String.valueOf(webhook.getScheme()).toLowerCase(Locale.ROOT))) {
            throw DarkroomException.userInput("Cannot call webhook '" + webhook + "': use an http(s) URL");
        }
        if (webhook == null && emails.isEmpty()) {
            throw DarkroomException.userInput("Cannot watch '" + measure + "' without a channel: give a webhook URL or an e-mail address");
        }
    }

    /** Whether this insight is about the watched measure, of a watched kind, and sure enough. */
    public boolean matches(Insight insight) {
        if (!kinds.isEmpty() && !kinds.contains(insight.kind())) {
            return false;
        }
        if (insight.score().significance() < minSignificance) {
            return false;
        }
        List<String> label = List.of(insight.subject().label().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
        for (String word : measure.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !label.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
