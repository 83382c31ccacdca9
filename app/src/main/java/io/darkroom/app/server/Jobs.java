package io.darkroom.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.darkroom.analytics.facts.FactsBuilder;
import io.darkroom.core.DarkroomException;
import io.darkroom.ingest.IngestJob;
import io.darkroom.ingest.IngestRequest;
import io.darkroom.ingest.IngestSummary;
import io.darkroom.ingest.discovery.PathFilter;
import io.darkroom.ingest.parse.ParseOptions;
import io.darkroom.ingest.progress.ProgressSnapshot;
import io.darkroom.core.warehouse.Warehouse;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Background ingest runs: {@code POST /api/jobs/ingest} starts one on a configured source (one at a
 * time, on its own thread: it is long Spark work that must not hold a request), {@code GET
 * /api/jobs/{id}} polls it. Jobs live as long as the server.
 */
final class Jobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);

    enum Status { queued, running, succeeded, failed }

    record Progress(long filesDone, long filesTotal) {
    }

    record JobError(String code, String message, String detail) {
    }

    /** A job as the API shows it; replaced as a whole on every change. */
    record JobView(String id, String kind, String source, Status status, Progress progress, Instant startedAt,
                   Instant finishedAt, Object summary, JobError error) {
    }

    private final CatalogState state;
    private final ServerConfig config;
    private final Clock clock;
    private final Map<String, AtomicReference<JobView>> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "darkroom-job");
        t.setDaemon(true);
        return t;
    });

    Jobs(CatalogState state, ServerConfig config, Clock clock) {
        this.state = state;
        this.config = config;
        this.clock = clock;
    }

    synchronized void startIngest(Context ctx) {
        JsonNode body = new JsonBodies(config.maxJsonBytes()).object(ctx, "{\"source\": \"/data/share\"}");
        String source = JsonBodies.text(body, "source", true, 4096);
        Path canonical = canonicalSource(source);
        Warehouse warehouse = state.warehouse();
        if (running.get() > 0) {
            throw new ApiError(409, "job_running", "An ingest job is running; poll it and start the next when it has finished");
        }
        String id = "job-" + ids.incrementAndGet();
        AtomicReference<JobView> job = new AtomicReference<>(new JobView(id, "ingest", canonical.toString(), Status.queued,
                new Progress(0, 0), clock.instant(), null, null, null));
        jobs.put(id, job);
        running.incrementAndGet();
        worker.submit(() -> run(job, warehouse, canonical));
        JsonBodies.write(ctx, 202, job.get());
    }

    void one(Context ctx) {
        AtomicReference<JobView> job = jobs.get(ctx.pathParam("id"));
        if (job == null) {
            throw ApiError.notFound("There is no job '" + ctx.pathParam("id") + "' (jobs are kept until the server stops)");
        }
        JsonBodies.write(ctx, 200, job.get());
    }

    int running() {
        return running.get();
    }

    private void run(AtomicReference<JobView> job, Warehouse warehouse, Path source) {
        job.updateAndGet(j -> with(j, Status.running, j.progress(), null, null, null));
        try {
            IngestRequest request = new IngestRequest(List.of(source.toString()), PathFilter.ALL, ParseOptions.defaults(), null);
            IngestSummary summary = new IngestJob().run(warehouse, request, (ProgressSnapshot s) ->
                    job.updateAndGet(j -> with(j, j.status(), new Progress(s.filesDone(), s.filesTotal()), null, null, null)));
            long facts = new FactsBuilder(warehouse).rebuild();
            int version = state.rebuild().version();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("discovered", summary.discovered());
            out.put("parsed", summary.parsed());
            out.put("failed", summary.failed());
            out.put("encrypted", summary.encrypted());
            out.put("skipped", summary.skipped());
            out.put("facts", facts);
            out.put("catalogVersion", version);
            job.updateAndGet(j -> with(j, Status.succeeded, j.progress(), clock.instant(), out, null));
        } catch (DarkroomException e) {
            LOG.warn("Ingest job {} failed: {}", job.get().id(), e.getMessage());
            job.updateAndGet(j -> with(j, Status.failed, j.progress(), clock.instant(), null,
                    new JobError(e.code().name(), e.getMessage(), e.detail())));
        } catch (RuntimeException e) {
            LOG.error("Ingest job {} failed", job.get().id(), e);
            job.updateAndGet(j -> with(j, Status.failed, j.progress(), clock.instant(), null,
                    new JobError("internal_error", "The ingest stopped on an internal error; the server log has the cause", null)));
        } finally {
            running.decrementAndGet();
        }
    }

    private static JobView with(JobView j, Status status, Progress progress, Instant finished, Object summary, JobError error) {
        return new JobView(j.id(), j.kind(), j.source(), status, progress, j.startedAt(), finished, summary, error);
    }

    /** The source as a canonical folder inside a configured root; 403 otherwise (no ingesting /etc through the API). */
    private Path canonicalSource(String source) {
        Path real;
        try {
            real = Path.of(source).toRealPath();
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw ApiError.badRequest("The source '" + source + "' does not exist on the server");
        }
        if (!config.insideSourceRoot(real)) {
            throw ApiError.forbidden("The source '" + source + "' is not inside a configured source folder (--source); ask the operator");
        }
        return real;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
