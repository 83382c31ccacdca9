package io.darkroom.ingest.incremental;

import io.darkroom.ingest.discovery.SourceFile;

import java.util.List;
import java.util.Map;

/**
 * What a run does with each path: parse ({@link #toParse}), confirm ({@link #unchanged}) or mark
 * {@code deleted} ({@link #deleted}).
 *
 * @param toParse   new and changed files, sorted by path
 * @param unchanged discovered files left as they are, with their ledger record
 * @param deleted   ledger (or orphaned documents) paths inside the run's scope that were not found
 * @param changes   the change of every discovered file
 */
public record IncrementalPlan(List<SourceFile> toParse, Map<SourceFile, PriorFile> unchanged, List<String> deleted,
                              Map<String, Change> changes) {
    public IncrementalPlan {
        toParse = List.copyOf(toParse);
        unchanged = Map.copyOf(unchanged);
        deleted = List.copyOf(deleted);
        changes = Map.copyOf(changes);
    }

    public long count(Change change) {
        return changes.values().stream().filter(c -> c == change).count();
    }
}
