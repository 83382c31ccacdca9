package io.darkroom.ingest.discovery;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One ingest source split into the folder (or file) to list and an optional glob below it:
 * {@code /share/**}{@code /*.pdf} lists {@code /share} and keeps paths matching {@code **}{@code /*.pdf}.
 * The glob is java.nio glob syntax on the path relative to the root, for local and Hadoop sources
 * alike (Hadoop's own globStatus has no {@code **}), and a leading {@code **}{@code /} also matches
 * zero folders, as users expect from shells.
 *
 * @param root the part before the first segment with a glob character: a local path or a URI
 * @param glob the rest, null when the source names a folder or file
 */
public record SourcePattern(String root, String glob) {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+:.*");

    public static SourcePattern parse(String source) {
        String[] segments = source.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (hasGlob(segments[i])) {
                String root = String.join("/", java.util.Arrays.copyOfRange(segments, 0, i));
                String glob = String.join("/", java.util.Arrays.copyOfRange(segments, i, segments.length));
                return new SourcePattern(root.isEmpty() ? "/" : root, glob);
            }
        }
        return new SourcePattern(source, null);
    }

    /** True for {@code hdfs:}, {@code s3a:} and other URIs that are not local files. */
    public static boolean isRemote(String source) {
        return SCHEME.matcher(source).matches() && !source.startsWith("file:");
    }

    public boolean isGlob() {
        return glob != null;
    }

    /** Whether a path relative to {@link #root()} matches the glob (always true without a glob). */
    public boolean matches(String relative) {
        if (glob == null) {
            return true;
        }
        for (PathMatcher m : matchers()) {
            if (m.matches(Path.of(relative))) {
                return true;
            }
        }
        return false;
    }

    private List<PathMatcher> matchers() {
        List<PathMatcher> out = new ArrayList<>();
        out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        if (glob.startsWith("**/")) {
            out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
        }
        return out;
    }

    private static boolean hasGlob(String segment) {
        return segment.indexOf('*') >= 0 || segment.indexOf('?') >= 0 || segment.indexOf('[') >= 0
                || segment.indexOf('{') >= 0;
    }
}
