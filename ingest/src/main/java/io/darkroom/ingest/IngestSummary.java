package io.darkroom.ingest;

import io.darkroom.ingest.job.LedgerEntry;
import io.darkroom.ingest.parse.FileStatus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The outcome of one ingest run, for the CLI table and JSON. Status counts, types, bytes and
 * problems describe every discovered file (unchanged ones with their ledger status), so the
 * invariant holds for the share, not only for the files this run parsed.
 *
 * @param documents   rows in {@code documents} owned by the discovered files, embedded documents included
 * @param bytes       total size of the discovered files
 * @param filesByMime discovered files per detected type ("unknown" when none was detected), sorted by type
 * @param problems    every failed, encrypted and skipped file, sorted by path
 * @param changes     what the incremental comparison found
 * @param work        what this run parsed, and how fast
 * @param slowest     the files that took longest in this run, slowest first (at most {@value #TOP})
 * @param topErrors   failed/skipped/encrypted reasons grouped (digits masked), most frequent first (at most {@value #TOP})
 */
public record IngestSummary(String runId, long discovered, long parsed, long failed, long encrypted, long skipped,
                            long documents, long bytes, long wallMillis, Map<String, Long> filesByMime,
                            List<FileProblem> problems, Changes changes, Work work, List<SlowFile> slowest,
                            List<ErrorReason> topErrors, TablesFound tables) {
    static final String UNKNOWN_MIME = "unknown";
    static final int TOP = 10;

    /**
     * @param newFiles   not in the ledger before (or recorded as deleted)
     * @param changed    parsed again: size or hash differed, or their rows needed repair
     * @param unchanged  left as they were
     * @param deleted    in the ledger but no longer found: marked {@code deleted}, their documents removed
     * @param duplicates files of this run whose content another path already holds
     */
    public record Changes(long newFiles, long changed, long unchanged, long deleted, long duplicates) {
    }

    /**
     * @param files       files parsed (or skipped unread) in this run: new + changed
     * @param bytes       their bytes
     * @param parseMillis  wall time from the first parse to the last commit
     * @param commitMillis the part of it spent writing each parsed batch's two Delta commits
     * @param commits      Delta commits written (two per batch, plus the deletion/confirmation pass)
     */
    public record Work(long files, long bytes, long parseMillis, long commitMillis, int commits) {
        public double filesPerSecond() {
            return parseMillis == 0 ? 0 : files * 1000.0 / parseMillis;
        }

        public double megabytesPerSecond() {
            return parseMillis == 0 ? 0 : bytes / 1e6 * 1000.0 / parseMillis;
        }
    }

    public record SlowFile(String path, long millis, String status, String mime) {
    }

    public record ErrorReason(String status, String errorClass, String reason, long files) {
    }

    public IngestSummary {
        filesByMime = Collections.unmodifiableMap(new TreeMap<>(filesByMime));
        problems = List.copyOf(problems);
        slowest = List.copyOf(slowest);
        topErrors = List.copyOf(topErrors);
    }

    /** The ledger invariant: every discovered file got exactly one status. */
    public boolean invariantHolds() {
        return discovered == parsed + failed + encrypted + skipped;
    }

    public double filesPerSecond() {
        return wallMillis == 0 ? 0 : discovered * 1000.0 / wallMillis;
    }

    /**
     * @param parsedNow  entries of the files this run parsed
     * @param unchanged  entries of the unchanged files, from the ledger
     * @param duplicates paths of this run that own no rows (their content is held elsewhere)
     */
    static IngestSummary of(String runId, List<LedgerEntry> parsedNow, List<LedgerEntry> unchanged, Set<String> duplicates,
                            Changes changes, Work work, long wallMillis) {
        Map<FileStatus, Long> byStatus = new EnumMap<>(FileStatus.class);
        long documents = 0;
        long bytes = 0;
        Map<String, Long> byMime = new TreeMap<>();
        List<FileProblem> problems = new ArrayList<>();
        Map<List<String>, Long> reasons = new HashMap<>();
        List<LedgerEntry> all = new ArrayList<>(parsedNow);
        all.addAll(unchanged);
        for (LedgerEntry e : all) {
            byStatus.merge(e.status(), 1L, Long::sum);
            if (e.status() != FileStatus.PARSED) {
                problems.add(new FileProblem(e.path(), e.status().ledgerValue(), e.errorClass(), e.reason()));
                reasons.merge(reasonKey(e), 1L, Long::sum);
            }
            documents += duplicates.contains(e.path()) ? 0 : e.documents();
            bytes += e.sizeBytes();
            byMime.merge(e.mime() == null ? UNKNOWN_MIME : e.mime(), 1L, Long::sum);
        }
        problems.sort(Comparator.comparing(FileProblem::path));
        List<SlowFile> slowest = parsedNow.stream()
                .sorted(Comparator.comparingLong(LedgerEntry::durationMs).reversed().thenComparing(LedgerEntry::path))
                .limit(TOP)
                .map(e -> new SlowFile(e.path(), e.durationMs(), e.status().ledgerValue(), e.mime()))
                .toList();
        List<ErrorReason> topErrors = reasons.entrySet().stream()
                .sorted(Map.Entry.<List<String>, Long>comparingByValue().reversed()
                        .thenComparing(en -> String.join("|", en.getKey())))
                .limit(TOP)
                .map(en -> new ErrorReason(en.getKey().get(0), en.getKey().get(1), en.getKey().get(2), en.getValue()))
                .toList();
        return new IngestSummary(runId, all.size(), byStatus.getOrDefault(FileStatus.PARSED, 0L),
                byStatus.getOrDefault(FileStatus.FAILED, 0L), byStatus.getOrDefault(FileStatus.ENCRYPTED, 0L),
                byStatus.getOrDefault(FileStatus.SKIPPED, 0L), documents, bytes, wallMillis, byMime, problems,
                changes, work, slowest, topErrors, TablesFound.NONE);
    }

    /** This summary with the tables found in the run's spreadsheets, CSVs and HTML pages. */
    public IngestSummary withTables(TablesFound found) {
        return new IngestSummary(runId, discovered, parsed, failed, encrypted, skipped, documents, bytes, wallMillis,
                filesByMime, problems, changes, work, slowest, topErrors, found);
    }

    /**
     * Tables found in files during the run and registered as datasets.
     *
     * @param problems one line per table file or sheet that could not be read (the file itself may still be parsed)
     */
    public record TablesFound(List<String> datasets, long rows, List<String> problems) {
        public static final TablesFound NONE = new TablesFound(List.of(), 0, List.of());

        public TablesFound {
            datasets = List.copyOf(datasets);
            problems = List.copyOf(problems);
        }
    }

    /** Groups reasons that differ only in numbers (offsets, sizes, page numbers). */
    private static List<String> reasonKey(LedgerEntry e) {
        String reason = e.reason() == null ? "" : e.reason().replaceAll("\\d+", "#");
        return java.util.Arrays.asList(e.status().ledgerValue(), e.errorClass() == null ? "" : e.errorClass(), reason);
    }
}
