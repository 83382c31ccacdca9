package io.darkroom.bench.latency;

import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Splits the execute stage into Spark jobs (scheduling, tasks, shuffles) and what the driver does
 * around them (analysis, optimisation, code generation, adaptive re-planning): sums the wall time of
 * the jobs a question ran and the executor run time of their tasks, from the listener bus.
 */
final class JobClock extends SparkListener {
    /** What the jobs of one question cost. */
    record Jobs(int count, int tasks, double jobWallMs, double taskRunMs) {
    }

    private final SparkContext context;
    private final Map<Integer, Long> started = new ConcurrentHashMap<>();
    private final AtomicLong jobs = new AtomicLong();
    private final AtomicLong tasks = new AtomicLong();
    private final AtomicLong jobMillis = new AtomicLong();
    private final AtomicLong taskMillis = new AtomicLong();

    JobClock(SparkContext context) {
        this.context = context;
        context.addSparkListener(this);
    }

    /** The jobs since the last call; waits for the listener bus so that every finished job is counted. */
    Jobs drain() {
        try {
            context.listenerBus().waitUntilEmpty(10_000);
        } catch (java.util.concurrent.TimeoutException slowBus) {
            throw new IllegalStateException("Cannot count the Spark jobs of a question: the listener bus did not drain in 10 s", slowBus);
        }
        return new Jobs((int) jobs.getAndSet(0), (int) tasks.getAndSet(0), jobMillis.getAndSet(0), taskMillis.getAndSet(0));
    }

    @Override
    public void onJobStart(SparkListenerJobStart start) {
        started.put(start.jobId(), start.time());
    }

    @Override
    public void onJobEnd(SparkListenerJobEnd end) {
        Long t = started.remove(end.jobId());
        if (t != null) {
            jobs.incrementAndGet();
            jobMillis.addAndGet(end.time() - t);
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        tasks.incrementAndGet();
        if (end.taskMetrics() != null) {
            taskMillis.addAndGet(end.taskMetrics().executorRunTime());
        }
    }
}
