package io.darkroom.ingest.isolation;

import io.darkroom.ingest.parse.ParseOptions;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Forked parsers kept warm per executor JVM between Spark tasks. A task borrows one for its
 * partition and gives it back when the partition is done, so a child JVM's start and Tika's
 * warm-up (1–3 s idle, far more on a busy machine, and the JIT's whole learning curve) are paid once
 * per concurrently running task, not once per partition: 2,000 small files in 16 partitions on
 * {@code local[2]} start 2 children instead of 16.
 *
 * <p>Isolation is unchanged: each child still parses one file at a time and is killed on a timeout
 * or replaced when it dies ({@link ForkedDocumentParser}); only a child that is alive and between
 * files is kept. At most {@code maxIdle} children per {@link ParseOptions} wait here (one per
 * executor core is all a stage can use at once); one that waits longer than {@code idleTimeout}
 * is ended, and so are all waiting ones when the JVM exits. A child also ends by itself on EOF if
 * its executor dies without closing it.
 *
 * <p>This is the one per-JVM singleton of ingest, for the same reason as the CoreNLP pipeline
 * holder: Spark executors have no other place that outlives a task.
 */
final class ForkedParserPool {
    /** Long enough to outlast one batch's two Delta commits and the next batch's planning. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);
    static final ForkedParserPool SHARED = new ForkedParserPool(IDLE_TIMEOUT, Runtime.getRuntime().availableProcessors());

    private final Duration idleTimeout;
    private final int maxIdle;
    /** Per options, most recently returned first: the warmest child is reused, the coldest idles out. */
    private final Map<ParseOptions, Deque<Waiting>> idle = new HashMap<>();
    private final AtomicInteger started = new AtomicInteger();
    private ScheduledExecutorService reaper;

    ForkedParserPool(Duration idleTimeout, int maxIdle) {
        if (idleTimeout.isNegative() || idleTimeout.isZero() || maxIdle < 1) {
            throw new IllegalArgumentException("Cannot keep " + maxIdle + " parser processes for " + idleTimeout
                    + ": need a positive idle time and at least one process");
        }
        this.idleTimeout = idleTimeout;
        this.maxIdle = maxIdle;
    }

    /** A parser whose warm child is not used by any other task; a new one (its child starts on first use) if none waits. */
    ForkedDocumentParser borrow(ParseOptions options) {
        List<ForkedDocumentParser> dead = new ArrayList<>();
        ForkedDocumentParser found = null;
        synchronized (this) {
            Deque<Waiting> waiting = idle.getOrDefault(options, new ArrayDeque<>());
            while (found == null && !waiting.isEmpty()) {
                ForkedDocumentParser candidate = waiting.pollFirst().parser();
                if (candidate.hasLiveChild()) {
                    found = candidate;
                } else {
                    dead.add(candidate);
                }
            }
        }
        dead.forEach(ForkedDocumentParser::close);
        if (found != null) {
            return found;
        }
        started.incrementAndGet();
        return new ForkedDocumentParser(options);
    }

    /**
     * Takes a parser back after its task: kept when its child is alive and there is room, ended
     * otherwise (a child killed after a timeout or crash is simply not kept; the next task starts a new one).
     */
    void giveBack(ParseOptions options, ForkedDocumentParser parser) {
        boolean kept = false;
        if (parser.hasLiveChild()) {
            synchronized (this) {
                Deque<Waiting> waiting = idle.computeIfAbsent(options, o -> new ArrayDeque<>());
                if (waiting.size() < maxIdle) {
                    waiting.addFirst(new Waiting(parser, System.nanoTime()));
                    kept = true;
                    reaper().schedule(this::endIdle, idleTimeout.toMillis() + 50, TimeUnit.MILLISECONDS);
                }
            }
        }
        if (!kept) {
            parser.close();
        }
    }

    /** Parsers this pool created, i.e. at most the number of child JVMs it started (each starts one lazily). */
    int created() {
        return started.get();
    }

    /** Parsers waiting now, over all options. */
    synchronized int waiting() {
        return idle.values().stream().mapToInt(Deque::size).sum();
    }

    /** Ends every waiting child, e.g. at JVM exit. */
    void endAll() {
        List<ForkedDocumentParser> ending = new ArrayList<>();
        synchronized (this) {
            idle.values().forEach(waiting -> waiting.forEach(w -> ending.add(w.parser())));
            idle.clear();
        }
        ending.forEach(ForkedDocumentParser::close);
    }

    private void endIdle() {
        long cutoff = System.nanoTime() - idleTimeout.toNanos();
        List<ForkedDocumentParser> ending = new ArrayList<>();
        synchronized (this) {
            for (Deque<Waiting> waiting : idle.values()) {
                for (Iterator<Waiting> it = waiting.iterator(); it.hasNext(); ) {
                    Waiting w = it.next();
                    if (w.since() - cutoff <= 0) {
                        it.remove();
                        ending.add(w.parser());
                    }
                }
            }
            idle.values().removeIf(Deque::isEmpty);
        }
        ending.forEach(ForkedDocumentParser::close);
    }

    /** Started with the first parser kept, so a JVM that never forks gets neither thread nor hook. */
    private ScheduledExecutorService reaper() {
        if (reaper == null) {
            reaper = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "darkroom-parser-pool-reaper");
                t.setDaemon(true);
                return t;
            });
            Runtime.getRuntime().addShutdownHook(new Thread(this::endAll, "darkroom-parser-pool-shutdown"));
        }
        return reaper;
    }

    private record Waiting(ForkedDocumentParser parser, long since) {
    }
}
