package io.darkroom.app.server;

import org.apache.spark.sql.SparkSession;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounds the Spark work of requests: at most {@code slots} at once (the rest get 503 + Retry-After
 * rather than queueing behind a slow query until every client times out), each cancelled after the
 * request timeout. Work runs in its own Spark job group so a timeout cancels its jobs, not just the wait.
 */
final class SparkGate implements AutoCloseable {
    static final String RETRY_AFTER_SECONDS = "2";

    private final SparkSession spark;
    private final Semaphore slots;
    private final int capacity;
    private final Duration timeout;
    private final Duration queueWait;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "darkroom-spark-request");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong groups = new AtomicLong();

    /**
     * @param spark     the session whose job groups are cancelled on timeout; null when no Spark is involved
     * @param queueWait how long a request waits for a free slot before it is told to come back (503)
     */
    SparkGate(SparkSession spark, int slots, Duration timeout, Duration queueWait) {
        this.spark = spark;
        this.slots = new Semaphore(slots, true);
        this.capacity = slots;
        this.timeout = timeout;
        this.queueWait = queueWait;
    }

    /** A third of the request timeout, at most 10 s: a short queue absorbs bursts, a long one only hides overload. */
    static Duration queueWaitFor(Duration requestTimeout) {
        Duration third = requestTimeout.dividedBy(3);
        return third.compareTo(Duration.ofSeconds(10)) < 0 ? third : Duration.ofSeconds(10);
    }

    <T> T call(String what, Callable<T> work) {
        return call(what, timeout, work);
    }

    /** As {@link #call(String, Callable)} with its own time limit (uploads and imports run longer than questions). */
    <T> T call(String what, Duration limit, Callable<T> work) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        if (!acquired) {
            throw busy();
        }
        String group = "darkroom-api-" + groups.incrementAndGet();
        Future<T> future;
        try {
            future = workers.submit(() -> {
                try {
                    if (spark != null) {
                        spark.sparkContext().setJobGroup(group, what, true);
                    }
                    return work.call();
                } finally {
                    if (spark != null) {
                        spark.sparkContext().clearJobGroup();
                    }
                    // Released when the work really stops, so a timed-out query still holds its slot until cancelled.
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            if (spark != null) {
                spark.sparkContext().cancelJobGroup(group);
            }
            future.cancel(true);
            throw new ApiError(504, "timeout", "The request took longer than " + limit.toSeconds()
                    + " s and was stopped; ask a narrower question or try again when the server is less busy");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new ApiError(503, "busy", "The server is shutting down; try again shortly");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    int inUse() {
        return capacity - slots.availablePermits();
    }

    int activeSparkJobs() {
        return spark == null ? 0 : spark.sparkContext().statusTracker().getActiveJobIds().length;
    }

    private static ApiError busy() {
        return new ApiError(503, "busy", "The server is answering as many questions as it can; try again in "
                + RETRY_AFTER_SECONDS + " seconds");
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
