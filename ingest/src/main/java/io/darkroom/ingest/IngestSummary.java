package io.darkroom.ingest;

import io.darkroom.ingest.job.LedgerEntry;
import io.darkroom.ingest.parse.FileStatus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of one ingest run, for the CLI table and JSON.
 *
 * @param documents   rows written to {@code documents}, embedded documents included
 * @param bytes       total size of the discovered files
 * @param filesByMime discovered files per detected type ("unknown" when none was detected), sorted by type
 * @param problems    every failed, encrypted and skipped file, sorted by path
 */
public record IngestSummary(String runId, long discovered, long parsed, long failed, long encrypted, long skipped,
                            long documents, long bytes, long wallMillis, Map<String, Long> filesByMime,
                            List<FileProblem> problems) {
    static final String UNKNOWN_MIME = "unknown";

    public IngestSummary {
        filesByMime = Collections.unmodifiableMap(new TreeMap<>(filesByMime));
        problems = List.copyOf(problems);
    }

    /** The ledger invariant: every discovered file got exactly one status. */
    public boolean invariantHolds() {
        return discovered == parsed + failed + encrypted + skipped;
    }

    public double filesPerSecond() {
        return wallMillis == 0 ? 0 : discovered * 1000.0 / wallMillis;
    }

    static IngestSummary of(String runId, List<LedgerEntry> entries, long wallMillis) {
        Map<FileStatus, Long> byStatus = new EnumMap<>(FileStatus.class);
        long documents = 0;
        long bytes = 0;
        Map<String, Long> byMime = new TreeMap<>();
        List<FileProblem> problems = new ArrayList<>();
        for (LedgerEntry e : entries) {
            byStatus.merge(e.status(), 1L, Long::sum);
            if (e.status() != FileStatus.PARSED) {
                problems.add(new FileProblem(e.path(), e.status().ledgerValue(), e.errorClass(), e.reason()));
            }
            documents += e.documents();
            bytes += e.sizeBytes();
            byMime.merge(e.mime() == null ? UNKNOWN_MIME : e.mime(), 1L, Long::sum);
        }
        problems.sort((a, b) -> a.path().compareTo(b.path()));
        return new IngestSummary(runId, entries.size(), byStatus.getOrDefault(FileStatus.PARSED, 0L),
                byStatus.getOrDefault(FileStatus.FAILED, 0L), byStatus.getOrDefault(FileStatus.ENCRYPTED, 0L),
                byStatus.getOrDefault(FileStatus.SKIPPED, 0L), documents, bytes, wallMillis, byMime, problems);
    }
}
