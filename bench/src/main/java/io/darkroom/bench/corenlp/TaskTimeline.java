package io.darkroom.bench.corenlp;

import org.apache.spark.SparkContext;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.TaskInfo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeoutException;

/**
 * Where a Spark pass's wall time goes: every finished task of the pass with its launch and finish time and
 * Spark's own task metrics, summarised as set-up before the annotation stage, that stage's span, the tail in
 * which only one slot still works, and the time after it.
 */
final class TaskTimeline extends SparkListener {
    /** One task: epoch millis, and the metric times in millis. */
    record Task(int stage, long launch, long finish, long runMillis, long deserializeMillis, long resultSerializeMillis,
                long shuffleWriteMillis, long fetchWaitMillis, long gcMillis, long records) {
    }

    /**
     * A pass's breakdown in seconds: {@code setUp} from the pass's start to the annotation stage's first task,
     * {@code span} of that stage, {@code tail} between the last two of its tasks' finishes (one slot idle),
     * {@code after} from its last task to the pass's end; {@code idleSlot} = slots × wall − Σ task durations.
     * Sums over the annotation stage's tasks: run, deserialise, result serialisation, GC; shuffle of all stages.
     */
    record Breakdown(int stages, int tasks, double setUp, double span, double tail, double after, double idleSlot,
                     double taskRun, double taskDeserialize, double resultSerialize, double shuffle, double taskGc,
                     List<Double> taskSeconds) {
    }

    private final ConcurrentLinkedQueue<Task> tasks = new ConcurrentLinkedQueue<>();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        TaskInfo info = end.taskInfo();
        TaskMetrics m = end.taskMetrics();
        tasks.add(new Task(end.stageId(), info.launchTime(), info.finishTime(), m.executorRunTime(),
                m.executorDeserializeTime(), m.resultSerializationTime(), m.shuffleWriteMetrics().writeTime() / 1_000_000,
                m.shuffleReadMetrics().fetchWaitTime(), m.jvmGCTime(), m.shuffleReadMetrics().recordsRead()));
    }

    void reset() {
        tasks.clear();
    }

    /** Waits for the listener bus, then breaks the pass [startMillis, endMillis] down; the heaviest stage is the annotation. */
    Breakdown breakdown(SparkContext sc, long startMillis, long endMillis, int slots) {
        try {
            sc.listenerBus().waitUntilEmpty();
        } catch (TimeoutException e) {
            throw new IllegalStateException("Cannot break the pass down: Spark's listener bus did not drain", e);
        }
        List<Task> all = new ArrayList<>(tasks);
        Map<Integer, Long> runByStage = new TreeMap<>();
        all.forEach(t -> runByStage.merge(t.stage(), t.runMillis(), Long::sum));
        int annotation = runByStage.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<Task> stage = all.stream().filter(t -> t.stage() == annotation).sorted(Comparator.comparingLong(Task::finish)).toList();
        long first = stage.stream().mapToLong(Task::launch).min().orElseThrow();
        long last = stage.get(stage.size() - 1).finish();
        long beforeLast = stage.size() > 1 ? stage.get(stage.size() - 2).finish() : first;
        double busy = all.stream().mapToLong(t -> t.finish() - t.launch()).sum() / 1e3;
        return new Breakdown(runByStage.size(), stage.size(), (first - startMillis) / 1e3, (last - first) / 1e3,
                (last - beforeLast) / 1e3, (endMillis - last) / 1e3, slots * (endMillis - startMillis) / 1e3 - busy,
                sum(stage, Task::runMillis), sum(stage, Task::deserializeMillis), sum(stage, Task::resultSerializeMillis),
                sum(all, t -> t.shuffleWriteMillis() + t.fetchWaitMillis()), sum(stage, Task::gcMillis),
                stage.stream().sorted(Comparator.comparingLong(Task::launch)).map(t -> (t.finish() - t.launch()) / 1e3).toList());
    }

    private static double sum(List<Task> tasks, java.util.function.ToLongFunction<Task> f) {
        return tasks.stream().mapToLong(f).sum() / 1e3;
    }
}
