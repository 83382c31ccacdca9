package io.darkroom.ingest.discovery;

import java.util.List;

/**
 * Finds the input files of an ingest run on the driver. Implementations walk folders recursively,
 * keep regular files only and return them sorted by path without duplicates (a file named twice,
 * directly and through its folder, is one input). A source is a folder, a file or a glob such as
 * {@code /share/**}{@code /*.pdf} (see {@link SourcePattern}).
 */
public interface FileDiscovery {

    /**
     * @param sources folders, files or globs
     * @param filter  include/exclude patterns, applied to paths relative to each source folder
     * @throws io.darkroom.core.DarkroomException with {@code SOURCE_NOT_FOUND} when a source does not exist
     */
    List<SourceFile> discover(List<String> sources, PathFilter filter);

    default List<SourceFile> discover(List<String> sources) {
        return discover(sources, PathFilter.ALL);
    }

    /** The ledger paths these sources cover, spelled as {@link #discover} spells its files' paths. */
    SourceScope scope(List<String> sources, PathFilter filter);
}
