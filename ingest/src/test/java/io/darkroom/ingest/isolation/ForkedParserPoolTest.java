package io.darkroom.ingest.isolation;

import io.darkroom.ingest.discovery.SourceFile;
import io.darkroom.ingest.parse.FileStatus;
import io.darkroom.ingest.parse.ParseOptions;
import io.darkroom.ingest.parse.ParseOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real child JVMs: what a Spark task borrows, what the next task gets, and what is ended. */
class ForkedParserPoolTest {
    private static final ParseOptions OPTIONS = ParseOptions.defaults()
            .withIsolation(ParseOptions.Isolation.FORKED)
            .withTimeout(Duration.ofSeconds(4))
            .withChildHeapMb(128);

    private final ForkedParserPool pool = new ForkedParserPool(Duration.ofMinutes(5), 2);

    @TempDir
    Path dir;

    @AfterEach
    void endChildren() {
        pool.endAll();
    }

    @Test
    void theNextTaskReusesTheWarmChildOfTheTaskBefore() throws IOException {
        long first = oneTask(pool, OPTIONS, "first.txt");
        long second;
        ParseOutcome outcome;
        try (CloseableDocumentParser task = DocumentParsers.borrow(OPTIONS, pool)) {
            outcome = task.parse(file("second.txt", "The second task's file."));
            second = pidOf(task);
        }

        assertThat(outcome.documents().get(0).text()).isEqualTo("The second task's file.");
        assertThat(second).isEqualTo(first);
        assertThat(pool.created()).isEqualTo(1);
        assertThat(ProcessHandle.of(first).map(ProcessHandle::isAlive)).contains(true);
    }

    @Test
    void tasksRunningAtTheSameTimeGetChildrenOfTheirOwn() throws IOException {
        try (CloseableDocumentParser one = DocumentParsers.borrow(OPTIONS, pool);
             CloseableDocumentParser two = DocumentParsers.borrow(OPTIONS, pool)) {
            one.parse(file("one.txt", "One."));
            two.parse(file("two.txt", "Two."));

            assertThat(pidOf(one)).isNotEqualTo(pidOf(two));
        }
        assertThat(pool.waiting()).isEqualTo(2);
    }

    @Test
    void aChildThatDiedWhileWaitingIsReplacedByAFreshOne() throws IOException {
        long dead = oneTask(pool, OPTIONS, "before-the-kill.txt");
        ProcessHandle.of(dead).ifPresent(ProcessHandle::destroyForcibly);
        awaitExit(dead);

        try (CloseableDocumentParser task = DocumentParsers.borrow(OPTIONS, pool)) {
            ParseOutcome outcome = task.parse(file("after.txt", "After the kill."));

            assertThat(outcome.status()).isEqualTo(FileStatus.PARSED);
            assertThat(pidOf(task)).isNotEqualTo(dead).isPositive();
        }
        assertThat(pool.created()).isEqualTo(2);
    }

    @Test
    void aChildKilledForATimeoutIsNotKeptAndTheNextTaskStartsANewOne() throws IOException {
        try (CloseableDocumentParser task = DocumentParsers.borrow(OPTIONS, pool)) {
            assertThat(task.parse(file("stuck.f", "poison")).reason()).isEqualTo("timed out after 4 s");
        }
        assertThat(pool.waiting()).isZero();

        try (CloseableDocumentParser task = DocumentParsers.borrow(OPTIONS, pool)) {
            assertThat(task.parse(file("next.txt", "The next task.")).status()).isEqualTo(FileStatus.PARSED);
        }
        assertThat(pool.created()).isEqualTo(2);
    }

    @Test
    void otherParseOptionsNeverGetAChildStartedWithDifferentOnes() throws IOException {
        long first = oneTask(pool, OPTIONS, "a.txt");
        long other = oneTask(pool, OPTIONS.withChildHeapMb(192), "b.txt");

        assertThat(other).isNotEqualTo(first);
        assertThat(pool.created()).isEqualTo(2);
    }

    @Test
    void aChildWaitingLongerThanTheIdleTimeIsEnded() throws Exception {
        ForkedParserPool brief = new ForkedParserPool(Duration.ofMillis(300), 2);
        long pid = oneTask(brief, OPTIONS, "idle.txt");

        awaitExit(pid);

        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(brief.waiting()).isZero();
    }

    @Test
    void noMoreThanMaxIdleChildrenWaitAndTheExtraOneIsEnded() throws IOException {
        ForkedParserPool single = new ForkedParserPool(Duration.ofMinutes(5), 1);
        long extra;
        try (CloseableDocumentParser one = DocumentParsers.borrow(OPTIONS, single);
             CloseableDocumentParser two = DocumentParsers.borrow(OPTIONS, single)) {
            one.parse(file("one.txt", "One."));
            two.parse(file("two.txt", "Two."));
            // Closed in reverse order: two waits, one finds the pool full.
            extra = pidOf(one);
        }
        try {
            assertThat(single.waiting()).isEqualTo(1);
            assertThat(ProcessHandle.of(extra).filter(ProcessHandle::isAlive)).isEmpty();
        } finally {
            single.endAll();
        }
    }

    @Test
    void aParserGivenBackCannotBeUsedByItsOldTask() throws IOException {
        CloseableDocumentParser task = DocumentParsers.borrow(OPTIONS, pool);
        task.close();
        task.close();

        SourceFile late = file("late.txt", "Too late.");
        assertThatThrownBy(() -> task.parse(late))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("went back to its pool");
        assertThat(pool.waiting()).isZero();
    }

    /** A task that parses one text file and ends; returns the process id of the child that parsed it. */
    private long oneTask(ForkedParserPool on, ParseOptions options, String name) throws IOException {
        try (CloseableDocumentParser task = DocumentParsers.borrow(options, on)) {
            assertThat(task.parse(file(name, "Words of " + name + ".")).status()).isEqualTo(FileStatus.PARSED);
            return pidOf(task);
        }
    }

    private static long pidOf(CloseableDocumentParser borrowed) {
        return ((DocumentParsers.Borrowed) borrowed).parser().childPid();
    }

    private static void awaitExit(long pid) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        while (handle.isPresent() && handle.get().isAlive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private SourceFile file(String name, String content) throws IOException {
        Path path = Files.writeString(dir.resolve(name), content);
        return new SourceFile(path.toString(), Files.size(path), Instant.EPOCH);
    }
}
