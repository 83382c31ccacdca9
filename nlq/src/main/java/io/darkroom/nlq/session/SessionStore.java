package io.darkroom.nlq.session;

import io.darkroom.nlq.plan.QueryPlan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The last answered plan per session id, so follow-ups refine it. Sessions never see each other's
 * plans; the store forgets the least recently used session beyond {@code maxSessions} and any
 * session idle longer than {@code ttl}.
 */
public final class SessionStore {
    private record Entry(QueryPlan plan, Instant touched) {
    }

    private final int maxSessions;
    private final Duration ttl;
    private final Clock clock;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

    public SessionStore(int maxSessions, Duration ttl, Clock clock) {
        if (maxSessions < 1) {
            throw new IllegalArgumentException("Cannot keep " + maxSessions + " sessions: use 1 or more");
        }
        this.maxSessions = maxSessions;
        this.ttl = ttl;
        this.clock = clock;
    }

    public synchronized Optional<QueryPlan> last(String sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        Entry e = entries.get(sessionId);
        if (e == null || e.touched().plus(ttl).isBefore(clock.instant())) {
            entries.remove(sessionId);
            return Optional.empty();
        }
        return Optional.of(e.plan());
    }

    /** Keeps the plan as the session's context; clarifications do not replace the context. */
    public synchronized void remember(String sessionId, QueryPlan plan) {
        if (sessionId == null || plan instanceof QueryPlan.Clarify) {
            return;
        }
        entries.put(sessionId, new Entry(plan, clock.instant()));
        while (entries.size() > maxSessions) {
            String eldest = entries.keySet().iterator().next();
            entries.remove(eldest);
        }
    }

    public synchronized int size() {
        return entries.size();
    }
}
