package io.darkroom.app.alerts;

import io.darkroom.analytics.insight.Insight;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * After a feed run: finds, per watch, the insights it has not been told about yet and delivers them on
 * each of its channels — at once, or gathered into a daily/weekly digest. Each channel keeps its own
 * state, so a webhook that is down does not make the e-mail repeat itself, and what failed is retried
 * on the next run.
 */
public final class AlertDispatcher {
    private final WatchStore store;
    private final Map<String, AlertChannel> channels;
    private final String publicUrl;

    /**
     * What one dispatch did.
     *
     * @param sent     messages delivered
     * @param alerts   findings in them
     * @param pending  findings waiting (digest not due, or delivery failed)
     * @param failures one line per failed delivery
     */
    public record Report(int sent, int alerts, int pending, List<String> failures) {
        public Report {
            failures = List.copyOf(failures);
        }
    }

    public AlertDispatcher(WatchStore store, WebhookChannel webhook, EmailChannel email, String publicUrl) {
        this.store = store;
        this.channels = new LinkedHashMap<>();
        this.channels.put("webhook", webhook);
        this.channels.put("email", email);
        this.publicUrl = publicUrl;
    }

    public Report dispatch(List<Insight> insights, Instant now) {
        return dispatch(insights, now, (watch, insight) -> true);
    }

    /** As {@link #dispatch(List, Instant)}, telling each watch only what {@code mayTell} allows (its data groups). */
    public Report dispatch(List<Insight> insights, Instant now, java.util.function.BiPredicate<Watch, Insight> mayTell) {
        Map<String, WatchStore.ChannelState> states = new HashMap<>(store.states());
        int sent = 0;
        int alerts = 0;
        int pending = 0;
        List<String> failures = new ArrayList<>();
        for (Watch watch : store.watches()) {
            List<Alert> matched = insights.stream().filter(watch::matches).filter(i -> mayTell.test(watch, i)).map(i -> Alert.of(i, publicUrl)).toList();
            for (Map.Entry<String, AlertChannel> channel : channels.entrySet()) {
                if (!uses(watch, channel.getKey())) {
                    continue;
                }
                String key = watch.id() + "|" + channel.getKey();
                WatchStore.ChannelState state = states.getOrDefault(key, WatchStore.ChannelState.empty());
                List<Alert> owed = owed(state, matched);
                boolean digest = watch.cadence() != Watch.Cadence.IMMEDIATE;
                Instant periodStart = state.lastDigest() != null ? state.lastDigest() : watch.created();
                boolean due = !digest || !now.isBefore(periodStart.plus(period(watch.cadence())));
                if (owed.isEmpty() || !due) {
                    // A digest period with nothing new ends quietly: "nothing happened" mails teach people to ignore them.
                    Instant digestAt = digest && due ? now : state.lastDigest();
                    states.put(key, new WatchStore.ChannelState(state.notified(), owed, digestAt, state.lastError()));
                    pending += owed.size();
                    continue;
                }
                try {
                    channel.getValue().deliver(watch, owed, digest);
                    states.put(key, state.delivered(owed, digest ? now : null));
                    sent++;
                    alerts += owed.size();
                } catch (AlertChannel.AlertDeliveryException e) {
                    states.put(key, new WatchStore.ChannelState(state.notified(), owed, state.lastDigest(), e.getMessage()));
                    pending += owed.size();
                    failures.add("watch " + watch.id() + " (" + watch.measure() + "), " + channel.getKey() + ": " + e.getMessage());
                }
            }
        }
        store.saveStates(states);
        return new Report(sent, alerts, pending, failures);
    }

    /** The channel's pending alerts plus matches it has neither sent nor queued, in that order. */
    private static List<Alert> owed(WatchStore.ChannelState state, List<Alert> matched) {
        List<Alert> owed = new ArrayList<>(state.pending());
        Set<String> known = new HashSet<>(state.notified());
        owed.forEach(a -> known.add(a.insightId()));
        for (Alert a : matched) {
            if (known.add(a.insightId())) {
                owed.add(a);
            }
        }
        return owed;
    }

    private static boolean uses(Watch watch, String channel) {
        return channel.equals("webhook") ? watch.webhook() != null : !watch.emails().isEmpty();
    }

    private static Duration period(Watch.Cadence cadence) {
        return switch (cadence) {
            case IMMEDIATE -> Duration.ZERO;
            case DAILY -> Duration.ofDays(1);
            case WEEKLY -> Duration.ofDays(7);
        };
    }
}
