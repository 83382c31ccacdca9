package io.darkroom.app.cli;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A progress bar for the long Spark commands (enrich, insights, import, catalog, pipeline): how far the
 * running stages are, how many Spark jobs are done, how long it has taken — redrawn in place on stderr
 * twice a second while stderr is a terminal, so stdout stays the command's result. The work of these
 * commands is a sequence of jobs whose number is not known up front, so the bar shows the stages in
 * flight rather than pretending to a total.
 */
final class SparkProgressBar implements AutoCloseable {
    private static final int BAR_WIDTH = 24;

    /** What the bar shows at one moment. */
    record Snapshot(String label, int jobsDone, int tasksDone, int tasksInFlight, int activeStages, long elapsedMillis) {
        String render() {
            double fraction = tasksInFlight == 0 ? 0 : Math.min(1.0, (double) tasksDone / tasksInFlight);
            int filled = (int) Math.round(fraction * BAR_WIDTH);
            return String.format(Locale.ROOT, "[%s] %s · %d Spark job%s done · %s · %s", "#".repeat(filled)
                            + ".".repeat(BAR_WIDTH - filled), label, jobsDone, jobsDone == 1 ? "" : "s",
                    activeStages == 0 ? "between stages" : String.format(Locale.ROOT, "%,d/%,d tasks in %d stage%s", tasksDone,
                            tasksInFlight, activeStages, activeStages == 1 ? "" : "s"),
                    elapsed(elapsedMillis / 1000));
        }

        private static String elapsed(long s) {
            return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
        }
    }

    /** Counts jobs and the tasks of the stages in flight. */
    static final class Listener extends SparkListener {
        private final AtomicInteger jobsDone = new AtomicInteger();
        private final Map<Integer, int[]> stages = new ConcurrentHashMap<>();  // stage id -> {tasks, done}

        @Override
        public void onStageSubmitted(SparkListenerStageSubmitted e) {
            stages.put(e.stageInfo().stageId(), new int[]{e.stageInfo().numTasks(), 0});
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd e) {
            int[] s = stages.get(e.stageId());
            if (s != null && e.taskInfo().successful()) {
                synchronized (s) {
                    s[1]++;
                }
            }
        }

        @Override
        public void onStageCompleted(SparkListenerStageCompleted e) {
            stages.remove(e.stageInfo().stageId());
        }

        @Override
        public void onJobEnd(SparkListenerJobEnd e) {
            jobsDone.incrementAndGet();
        }

        Snapshot snapshot(String label, long elapsedMillis) {
            int tasks = 0;
            int done = 0;
            int active = 0;
            for (int[] s : stages.values()) {
                synchronized (s) {
                    tasks += s[0];
                    done += s[1];
                }
                active++;
            }
            return new Snapshot(label, jobsDone.get(), done, tasks, active, elapsedMillis);
        }
    }

    private final SparkSession spark;
    private final Listener listener;
    private final Thread painter;
    private final PrintStream err;

    private SparkProgressBar(SparkSession spark, Listener listener, Thread painter, PrintStream err) {
        this.spark = spark;
        this.listener = listener;
        this.painter = painter;
        this.err = err;
    }

    /** Starts drawing when {@code enabled} and stderr is a terminal (or {@code force}); otherwise draws nothing. */
    static SparkProgressBar start(SparkSession spark, String label, PrintStream err, boolean enabled) {
        if (!enabled || System.console() == null) {
            return new SparkProgressBar(null, null, null, err);
        }
        Listener listener = new Listener();
        spark.sparkContext().addSparkListener(listener);
        long start = System.nanoTime();
        Thread painter = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    err.print("\r" + listener.snapshot(label, (System.nanoTime() - start) / 1_000_000).render() + "  ");
                    err.flush();
                    Thread.sleep(500);
                }
            } catch (InterruptedException done) {
                Thread.currentThread().interrupt();
            }
        }, "progress-" + label);
        painter.setDaemon(true);
        painter.start();
        return new SparkProgressBar(spark, listener, painter, err);
    }

    @Override
    public void close() {
        if (painter == null) {
            return;
        }
        painter.interrupt();
        try {
            painter.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        spark.sparkContext().removeSparkListener(listener);
        // Clear the line so the command's own output starts at the left margin.
        err.print("\r" + " ".repeat(100) + "\r");
        err.flush();
    }
}
