package io.darkroom.ingest.discovery;

import io.darkroom.core.DarkroomException;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Include/exclude glob patterns over paths relative to the source folder. A pattern without a
 * '/' matches the file name at any depth ({@code *.tmp}, {@code truth.json}); one with a '/'
 * matches the relative path ({@code archive/**}). Excludes win; no includes means everything.
 */
public record PathFilter(List<String> includes, List<String> excludes) {
    public static final PathFilter ALL = new PathFilter(List.of(), List.of());

    public PathFilter {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        matchers(includes);
        matchers(excludes);
    }

    public boolean accepts(Path relativePath) {
        if (anyMatches(matchers(excludes), relativePath)) {
            return false;
        }
        return includes.isEmpty() || anyMatches(matchers(includes), relativePath);
    }

    private static boolean anyMatches(List<Matcher> matchers, Path relative) {
        for (Matcher m : matchers) {
            Path subject = m.nameOnly() ? relative.getFileName() : relative;
            if (subject != null && m.matcher().matches(subject)) {
                return true;
            }
        }
        return false;
    }

    private static List<Matcher> matchers(List<String> patterns) {
        List<Matcher> out = new ArrayList<>(patterns.size());
        for (String pattern : patterns) {
            if (pattern == null || pattern.isBlank()) {
                throw DarkroomException.userInput("Cannot use an empty include/exclude pattern; give a glob such as *.tmp");
            }
            try {
                out.add(new Matcher(FileSystems.getDefault().getPathMatcher("glob:" + pattern), !pattern.contains("/")));
            } catch (IllegalArgumentException e) {
                throw DarkroomException.userInput("Cannot use the pattern '" + pattern + "': " + e.getMessage()
                        + "; use a glob such as *.tmp or archive/**");
            }
        }
        return out;
    }

    private record Matcher(PathMatcher matcher, boolean nameOnly) {
    }
}
