package io.darkroom.nlq.session;

import io.darkroom.nlq.plan.QueryPlan;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SessionStoreTest {
    private static final QueryPlan PLAN = new QueryPlan.Lookup(List.of(), io.darkroom.nlq.plan.Scope.of("facts"), 1);

    @Test
    void sessionsAreIsolatedBoundedAndExpire() {
        MutableClock clock = new MutableClock();
        SessionStore store = new SessionStore(2, Duration.ofMinutes(10), clock);
        store.remember("a", PLAN);
        assertThat(store.last("b")).isEmpty();
        assertThat(store.last("a")).contains(PLAN);
        store.remember("b", PLAN);
        store.remember("c", PLAN);
        assertThat(store.size()).isEqualTo(2);
        assertThat(store.last("a")).isEmpty();
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        assertThat(store.last("c")).isEmpty();
        store.remember("d", new QueryPlan.Clarify("?", List.of()));
        assertThat(store.last("d")).isEmpty();
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2024-01-01T00:00:00Z");

        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        public Instant instant() {
            return now;
        }
    }
}
