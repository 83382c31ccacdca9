package io.darkroom.app.server;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SparkGateTest {
    @Test
    void aRequestFindingEverySlotTakenGets503BusyInsteadOfQueueing() throws Exception {
        try (SparkGate gate = new SparkGate(null, 1, Duration.ofSeconds(30), Duration.ofMillis(200))) {
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<String> holder = CompletableFuture.supplyAsync(() -> gate.call("hold", () -> {
                inside.countDown();
                release.await();
                return "held";
            }));
            assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(gate.inUse()).isEqualTo(1);
            assertThatThrownBy(() -> gate.call("second", () -> "never"))
                    .isInstanceOfSatisfying(ApiError.class, e -> {
                        assertThat(e.status()).isEqualTo(503);
                        assertThat(e.code()).isEqualTo("busy");
                        assertThat(e.getMessage()).contains("try again");
                    });
            release.countDown();
            assertThat(holder.get(10, TimeUnit.SECONDS)).isEqualTo("held");
            assertThat(gate.call("third", () -> "served")).isEqualTo("served");
        }
    }

    @Test
    void workRunningPastTheTimeoutIsStoppedWith504AndItsSlotComesBack() throws Exception {
        try (SparkGate gate = new SparkGate(null, 1, Duration.ofMillis(300), Duration.ofSeconds(5))) {
            CountDownLatch interrupted = new CountDownLatch(1);
            assertThatThrownBy(() -> gate.call("slow", () -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return "late";
            })).isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(504));
            assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(gate.call("next", () -> 7)).isEqualTo(7);
        }
    }

    @Test
    void anErrorOfTheWorkReachesTheCallerUnchanged() {
        try (SparkGate gate = new SparkGate(null, 2, Duration.ofSeconds(5), Duration.ofSeconds(1))) {
            assertThatThrownBy(() -> gate.call("bad", () -> {
                throw ApiError.notFound("There is no document 'x'");
            })).isInstanceOf(ApiError.class).hasMessage("There is no document 'x'");
            assertThat(gate.inUse()).isZero();
        }
    }

    @Test
    void theQueueWaitIsAThirdOfTheTimeoutAndAtMostTenSeconds() {
        assertThat(SparkGate.queueWaitFor(Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(10));
        assertThat(SparkGate.queueWaitFor(Duration.ofSeconds(6))).isEqualTo(Duration.ofSeconds(2));
        assertThat(SparkGate.queueWaitFor(Duration.ofMinutes(5))).isEqualTo(Duration.ofSeconds(10));
    }
}
