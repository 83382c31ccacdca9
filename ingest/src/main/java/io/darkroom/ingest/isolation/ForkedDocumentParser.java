package io.darkroom.ingest.isolation;

import io.darkroom.ingest.discovery.SourceFile;
import io.darkroom.ingest.parse.ParseOptions;
import io.darkroom.ingest.parse.ParseOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Parses each file in a child JVM ({@link ParserChild}) that is started on first use and reused for
 * the following files, so the JVM start and Tika's warm-up are paid once, not per file; Spark tasks
 * take theirs from {@link ForkedParserPool}, which keeps it warm for the executor's next task. The child's heap ({@code -Xmx}) is the memory bound; the per-file timeout is enforced here.
 * A timeout or a dead child becomes a {@code failed} outcome for that file only; the next file gets
 * a fresh child. Same design as tika-pipes' PipesClient/PipesServer, but it ships ingest's own
 * outcome records, so the row shaping, passwords and quality scoring run inside the guard too.
 */
final class ForkedDocumentParser implements CloseableDocumentParser {
    private static final Logger LOG = LoggerFactory.getLogger(ForkedDocumentParser.class);
    /** Loading Tika's parsers in a cold JVM takes 1–3 s; a busy machine gets generous slack. */
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private final ParseOptions options;
    /** Reads replies so that the caller can wait with a timeout; daemon, so it never holds a JVM open. */
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "darkroom-parser-child-reader");
        t.setDaemon(true);
        return t;
    });
    private Child child;

    ForkedDocumentParser(ParseOptions options) {
        this.options = options;
    }

    @Override
    public ParseOutcome parse(SourceFile file) throws IOException {
        if (child == null || !child.process.isAlive()) {
            child = start();
        }
        Future<Object> reply;
        try {
            child.out.writeObject(file);
            child.out.reset();
            child.out.flush();
            reply = reader.submit(child.in::readObject);
        } catch (IOException childGone) {
            return died(file);
        }
        long seconds = options.timeout().toSeconds();
        try {
            return (ParseOutcome) reply.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reply.cancel(true);
            LOG.warn("Parser timed out after {} s on {}; restarting its process", seconds, file.path());
            kill();
            return new ParseOutcome.Failed(null, TimeoutException.class.getName(), "timed out after " + seconds + " s");
        } catch (ExecutionException e) {
            return died(file);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            throw new IOException("Cannot wait for the parser process of " + file.path() + ": interrupted", e);
        }
    }

    private ParseOutcome died(SourceFile file) {
        // The pipe closes while the child is still exiting: let it finish, or a forced kill hides exit code 3 (OOM).
        if (child != null) {
            try {
                child.process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int exit = kill();
        LOG.warn("Parser process died (exit code {}) on {}; restarting it", exit, file.path());
        if (exit == ChildJvm.OOM_EXIT_CODE) {
            return new ParseOutcome.Failed(null, OutOfMemoryError.class.getName(),
                    "out of memory: the parser process exceeded its " + options.childHeapMb()
                            + " MiB heap (ingest.parse.child-heap-mb)");
        }
        return new ParseOutcome.Failed(null, "io.darkroom.ingest.isolation.ParserProcessDied",
                "the parser process died (exit code " + exit + ")");
    }

    private Child start() throws IOException {
        Process process = ChildJvm.start(options.childHeapMb());
        try {
            ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(process.getOutputStream()));
            out.writeObject(options);
            out.flush();
            // ObjectInputStream's constructor blocks on the child's stream header, so it is read with the handshake.
            Future<ObjectInputStream> handshake = reader.submit(() -> {
                ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(process.getInputStream()));
                Object ready = in.readObject();
                if (!ParserChild.READY.equals(ready)) {
                    throw new IOException("unexpected handshake " + ready);
                }
                return in;
            });
            ObjectInputStream in = handshake.get(STARTUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return new Child(process, out, in);
        } catch (IOException | ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("Cannot start a parser process (" + String.join(" ", ChildJvm.command(options.childHeapMb())
                    .subList(0, 3)) + " …): " + e, e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Cannot start a parser process: interrupted", e);
        }
    }

    /** Ends the child for good and returns its exit code (-1 when there was none). */
    private int kill() {
        if (child == null) {
            return -1;
        }
        Process process = child.process;
        child = null;
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return process.isAlive() ? -1 : process.exitValue();
    }

    /** True when a started child is still running: worth keeping warm for the next task. */
    boolean hasLiveChild() {
        return child != null && child.process.isAlive();
    }

    /** The running child's process id, or -1 before the first file and after a kill. */
    long childPid() {
        return child == null ? -1 : child.process.pid();
    }

    @Override
    public void close() {
        if (child != null) {
            Process process = child.process;
            try {
                // Closing stdin lets the child finish on its own (EOF); force only if it lingers.
                child.out.close();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (IOException e) {
                process.destroyForcibly();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            child = null;
        }
        reader.shutdownNow();
    }

    private record Child(Process process, ObjectOutputStream out, ObjectInputStream in) {
    }
}
