package io.darkroom.ingest.incremental;

import io.darkroom.ingest.job.LedgerEntry;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Same content at two paths is stored once: the first path (in ledger, then path order) that
 * yields rows for a SHA-256 holds them, every other path with that hash gets {@code duplicate_of}
 * = the holder in the ledger and no rows of its own. Keys stay per path (doc_id is the contract's
 * path hash), so a duplicate never changes an id that later stages already joined on.
 */
public final class ContentDedup {
    private final Map<String, String> holderBySha = new HashMap<>();

    /**
     * @param prior    the ledger at the start of the run
     * @param replaced paths this run parses again or deletes: their old content no longer counts
     */
    public ContentDedup(LedgerSnapshot prior, Set<String> replaced) {
        prior.ledger().values().stream()
                .filter(p -> p.ownsDocuments() && p.sha256() != null && !replaced.contains(p.path()))
                .sorted(Comparator.comparing(PriorFile::path))
                .forEach(p -> holderBySha.putIfAbsent(p.sha256(), p.path()));
    }

    /** Decides one batch (and remembers its holders for the next): path → holder for each duplicate. */
    public Map<String, String> duplicates(List<LedgerEntry> batch) {
        Map<String, String> duplicateOf = new HashMap<>();
        batch.stream().filter(LedgerEntry::holdsContent).sorted(Comparator.comparing(LedgerEntry::path)).forEach(e -> {
            String holder = holderBySha.putIfAbsent(e.sha256(), e.path());
            if (holder != null && !holder.equals(e.path())) {
                duplicateOf.put(e.path(), holder);
            }
        });
        return duplicateOf;
    }
}
