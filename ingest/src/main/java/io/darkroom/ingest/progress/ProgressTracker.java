package io.darkroom.ingest.progress;

import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Serializable;

/**
 * Counts parsed files with Spark accumulators and reports them from a driver thread. Executors add
 * per file; Spark merges a task's additions into the driver's value when the task ends, which is why
 * the job cuts work into many small tasks (see {@code IngestJob}). Works unchanged on a cluster.
 */
public final class ProgressTracker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressTracker.class);
    private static final long POLL_MILLIS = 250;

    private final Counters counters;
    private final IngestProgress listener;
    private final long filesTotal;
    private final long bytesTotal;
    private final long startNanos = System.nanoTime();
    private final Thread poller;
    private volatile boolean running = true;

    /** The executor side: serializable handles on the three accumulators. */
    public record Counters(LongAccumulator files, LongAccumulator bytes, LongAccumulator failed) implements Serializable {
        public void fileDone(long sizeBytes, boolean failedFile) {
            files.add(1);
            bytes.add(sizeBytes);
            if (failedFile) {
                failed.add(1);
            }
        }
    }

    public ProgressTracker(SparkContext sc, IngestProgress listener, long filesTotal, long bytesTotal) {
        this.counters = new Counters(sc.longAccumulator("ingest.files"), sc.longAccumulator("ingest.bytes"),
                sc.longAccumulator("ingest.failed"));
        this.listener = listener;
        this.filesTotal = filesTotal;
        this.bytesTotal = bytesTotal;
        this.poller = new Thread(this::poll, "ingest-progress");
        poller.setDaemon(true);
        poller.start();
    }

    public Counters counters() {
        return counters;
    }

    private void poll() {
        while (running) {
            report(false);
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void report(boolean finished) {
        ProgressSnapshot snapshot = new ProgressSnapshot(Math.min(counters.files().value(), filesTotal), filesTotal,
                Math.min(counters.bytes().value(), bytesTotal), bytesTotal, counters.failed().value(),
                (System.nanoTime() - startNanos) / 1_000_000, finished);
        try {
            listener.onUpdate(snapshot);
        } catch (RuntimeException e) {
            // A broken progress display must not fail an ingest run.
            LOG.warn("Progress listener failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        running = false;
        poller.interrupt();
        try {
            poller.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        report(true);
    }
}
