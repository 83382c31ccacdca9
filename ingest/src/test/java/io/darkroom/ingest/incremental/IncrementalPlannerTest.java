package io.darkroom.ingest.incremental;

import io.darkroom.ingest.IngestRequest.Reparse;
import io.darkroom.ingest.discovery.PathFilter;
import io.darkroom.ingest.discovery.SourcePattern;
import io.darkroom.ingest.discovery.SourceFile;
import io.darkroom.ingest.discovery.SourceScope;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The incremental decisions without Spark: a hand-written hasher records what it was asked. */
class IncrementalPlannerTest {
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2024-02-01T00:00:00Z");
    private static final SourceScope SHARE = new SourceScope(
            List.of(new SourceScope.Root("/share", true, SourcePattern.parse("/share"))), PathFilter.ALL);

    private final List<String> hashed = new ArrayList<>();
    private final IncrementalPlanner planner = new IncrementalPlanner(files -> {
        files.forEach(f -> hashed.add(f.path()));
        return Map.of("/share/touched.pdf", "aaa", "/share/edited.pdf", "new");
    });

    @Test
    void sizeAndTimeDecideAndTheHashSettlesASameSizeNewTime() {
        LedgerSnapshot prior = new LedgerSnapshot(Map.of(
                "/share/same.pdf", parsed("/share/same.pdf", 10, T0, "s1"),
                "/share/grown.pdf", parsed("/share/grown.pdf", 10, T0, "g1"),
                "/share/touched.pdf", parsed("/share/touched.pdf", 10, T0, "aaa"),
                "/share/edited.pdf", parsed("/share/edited.pdf", 10, T0, "old"),
                "/share/gone.pdf", parsed("/share/gone.pdf", 10, T0, "x"),
                "/elsewhere/kept.pdf", parsed("/elsewhere/kept.pdf", 10, T0, "k")),
                Set.of("/share/same.pdf", "/share/grown.pdf", "/share/touched.pdf", "/share/edited.pdf",
                        "/share/gone.pdf", "/elsewhere/kept.pdf", "/share/orphan.pdf"));
        List<SourceFile> found = List.of(file("/share/edited.pdf", 10, T1), file("/share/grown.pdf", 11, T0),
                file("/share/new.pdf", 5, T0), file("/share/same.pdf", 10, T0), file("/share/touched.pdf", 10, T1));

        IncrementalPlan plan = planner.plan(found, prior, SHARE, Reparse.CHANGED, 1000);

        assertThat(plan.changes()).containsEntry("/share/same.pdf", Change.UNCHANGED)
                .containsEntry("/share/touched.pdf", Change.UNCHANGED).containsEntry("/share/grown.pdf", Change.CHANGED)
                .containsEntry("/share/edited.pdf", Change.CHANGED).containsEntry("/share/new.pdf", Change.NEW);
        assertThat(hashed).containsExactly("/share/edited.pdf", "/share/touched.pdf");
        assertThat(plan.toParse()).extracting(SourceFile::path)
                .containsExactly("/share/edited.pdf", "/share/grown.pdf", "/share/new.pdf");
        assertThat(plan.deleted()).as("out-of-scope paths stay; orphaned rows are cleaned up")
                .containsExactly("/share/gone.pdf", "/share/orphan.pdf");
    }

    @Test
    void aLedgerRowWhoseDocumentsAreMissingIsParsedAgain() {
        LedgerSnapshot prior = new LedgerSnapshot(Map.of("/share/a.pdf", parsed("/share/a.pdf", 10, T0, "a")), Set.of());

        IncrementalPlan plan = planner.plan(List.of(file("/share/a.pdf", 10, T0)), prior, SHARE, Reparse.CHANGED, 1000);

        assertThat(plan.changes()).containsEntry("/share/a.pdf", Change.CHANGED);
    }

    @Test
    void aDuplicateIsParsedAgainWhenItsHolderChangesAndEverythingWithReparseAll() {
        PriorFile holder = parsed("/share/a.pdf", 10, T0, "h");
        PriorFile copy = new PriorFile("/share/b.pdf", 10, T0, "h", "parsed", "application/pdf", null, null, 0, "/share/a.pdf");
        LedgerSnapshot prior = new LedgerSnapshot(Map.of(holder.path(), holder, copy.path(), copy), Set.of("/share/a.pdf"));
        List<SourceFile> found = List.of(file("/share/a.pdf", 12, T1), file("/share/b.pdf", 10, T0));

        assertThat(planner.plan(found, prior, SHARE, Reparse.CHANGED, 1000).changes())
                .containsEntry("/share/b.pdf", Change.CHANGED);
        assertThat(planner.plan(List.of(file("/share/a.pdf", 10, T0)), prior, SHARE, Reparse.ALL, 1000).changes())
                .containsEntry("/share/a.pdf", Change.CHANGED);
    }

    private static PriorFile parsed(String path, long size, Instant modified, String sha) {
        return new PriorFile(path, size, modified, sha, "parsed", "application/pdf", null, null, 1, null);
    }

    private static SourceFile file(String path, long size, Instant modified) {
        return new SourceFile(path, size, modified);
    }
}
