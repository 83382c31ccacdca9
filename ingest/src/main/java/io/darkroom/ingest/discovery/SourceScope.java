package io.darkroom.ingest.discovery;

import java.nio.file.Path;
import java.util.List;

/**
 * Which paths a run covers: the ledger paths it may mark {@code deleted} when they are not found.
 * A path outside every root, or one the include/exclude filter rejects, is left alone: narrowing a
 * run (one subfolder, an extra exclude) must not delete what the rest of the share produced.
 *
 * @param roots each source's root in ledger spelling (absolute local path or qualified URI)
 */
public record SourceScope(List<Root> roots, PathFilter filter) {
    public SourceScope {
        roots = List.copyOf(roots);
    }

    /**
     * @param directory true when the root is a folder; a file root covers only itself
     */
    public record Root(String path, boolean directory, SourcePattern pattern) {
    }

    public boolean contains(String ledgerPath) {
        for (Root root : roots) {
            if (!root.directory()) {
                if (ledgerPath.equals(root.path()) && filter.accepts(Path.of(ledgerPath).getFileName())) {
                    return true;
                }
                continue;
            }
            String prefix = root.path().endsWith("/") ? root.path() : root.path() + "/";
            if (ledgerPath.startsWith(prefix)) {
                String relative = ledgerPath.substring(prefix.length());
                if (root.pattern().matches(relative) && filter.accepts(Path.of(relative))) {
                    return true;
                }
            }
        }
        return false;
    }
}
