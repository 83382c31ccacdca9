package io.darkroom.ingest.incremental;

import io.darkroom.core.warehouse.FilesTable;
import io.darkroom.ingest.IngestRequest.Reparse;
import io.darkroom.ingest.discovery.SourceFile;
import io.darkroom.ingest.discovery.SourceScope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares discovery with the ledger. Size and modification time decide, as for rsync and make;
 * when the size matches but the time does not (a copy, a {@code touch}, a restore), the SHA-256
 * decides, so a touched file is not parsed again. A file whose ledger row promises documents that
 * are not in {@code documents} (a crash between the two commits, see docs/ingest-runs.md) is parsed
 * again: the ledger is written last and is only trusted together with its rows.
 */
public final class IncrementalPlanner {
    /** The ledger reason prefix of files skipped for their size; they are retried when the limit grows. */
    public static final String TOO_LARGE_PREFIX = "larger than ";

    private final Function<List<SourceFile>, Map<String, String>> hasher;

    /** @param hasher SHA-256 by path of the given files (a Spark job in the ingest run) */
    public IncrementalPlanner(Function<List<SourceFile>, Map<String, String>> hasher) {
        this.hasher = hasher;
    }

    public IncrementalPlan plan(List<SourceFile> discovered, LedgerSnapshot prior, SourceScope scope, Reparse reparse,
                                long maxFileBytes) {
        Map<String, Change> changes = new HashMap<>();
        Map<SourceFile, PriorFile> unchanged = new HashMap<>();
        List<SourceFile> ambiguous = new ArrayList<>();
        for (SourceFile file : discovered) {
            PriorFile before = prior.ledger().get(file.path());
            if (before == null || FilesTable.DELETED.equals(before.status())) {
                changes.put(file.path(), Change.NEW);
            } else if (reparse == Reparse.ALL || before.sizeBytes() != file.sizeBytes()
                    || (before.ownsDocuments() && !prior.documentPaths().contains(file.path()))
                    || (isTooLarge(before) && file.sizeBytes() <= maxFileBytes)) {
                changes.put(file.path(), Change.CHANGED);
            } else if (file.modifiedAt().equals(before.modifiedAt())) {
                changes.put(file.path(), Change.UNCHANGED);
                unchanged.put(file, before);
            } else if (before.sha256() == null) {
                changes.put(file.path(), Change.CHANGED);
            } else {
                ambiguous.add(file);
            }
        }
        Map<String, String> hashes = ambiguous.isEmpty() ? Map.of() : hasher.apply(ambiguous);
        for (SourceFile file : ambiguous) {
            PriorFile before = prior.ledger().get(file.path());
            boolean same = before.sha256().equals(hashes.get(file.path()));
            changes.put(file.path(), same ? Change.UNCHANGED : Change.CHANGED);
            if (same) {
                unchanged.put(file, before);
            }
        }
        List<String> deleted = deleted(discovered, prior, scope);
        demoteDuplicatesOfMovedContent(unchanged, changes, Set.copyOf(deleted));

        List<SourceFile> toParse = discovered.stream().filter(f -> changes.get(f.path()) != Change.UNCHANGED).toList();
        return new IncrementalPlan(toParse, unchanged, deleted, changes);
    }

    /**
     * A duplicate stays unchanged only while the file holding its content does: when that file
     * changed or vanished, the duplicate is parsed again and may become the holder itself.
     */
    private static void demoteDuplicatesOfMovedContent(Map<SourceFile, PriorFile> unchanged, Map<String, Change> changes,
                                                       Set<String> deleted) {
        boolean demoted = true;
        while (demoted) {
            demoted = false;
            for (var it = unchanged.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                String holder = e.getValue().duplicateOf();
                boolean holderMoved = holder != null && (deleted.contains(holder)
                        || (changes.containsKey(holder) && changes.get(holder) != Change.UNCHANGED));
                if (holderMoved) {
                    it.remove();
                    changes.put(e.getKey().path(), Change.CHANGED);
                    demoted = true;
                }
            }
        }
    }

    private static List<String> deleted(List<SourceFile> discovered, LedgerSnapshot prior, SourceScope scope) {
        Set<String> found = new java.util.HashSet<>();
        discovered.forEach(f -> found.add(f.path()));
        Set<String> deleted = new TreeSet<>();
        for (PriorFile p : prior.ledger().values()) {
            if (!FilesTable.DELETED.equals(p.status()) && !found.contains(p.path()) && scope.contains(p.path())) {
                deleted.add(p.path());
            }
        }
        // Rows whose file has no ledger row at all: left by a run killed between its two commits.
        for (String path : prior.documentPaths()) {
            if (!found.contains(path) && scope.contains(path)) {
                deleted.add(path);
            }
        }
        return List.copyOf(deleted);
    }

    private static boolean isTooLarge(PriorFile p) {
        return FilesTable.SKIPPED.equals(p.status()) && p.reason() != null && p.reason().startsWith(TOO_LARGE_PREFIX);
    }
}
