package io.darkroom.ingest.discovery;

import io.darkroom.core.DarkroomException;
import io.darkroom.core.ErrorCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Walks local folders with java.nio; symbolic links are not followed (no cycles, no escapes).
 * Local sources keep using it for that rule (Hadoop's local file system follows links);
 * {@link HadoopFileDiscovery} takes the other URIs. A speed comparison of the two is still to do.
 */
public final class LocalFileDiscovery implements FileDiscovery {

    @Override
    public List<SourceFile> discover(List<String> sources, PathFilter filter) {
        Map<String, SourceFile> byPath = new TreeMap<>();
        for (String source : sources) {
            SourcePattern pattern = SourcePattern.parse(source);
            Path root = toPath(pattern.root());
            if (!Files.exists(root)) {
                throw new DarkroomException(ErrorCode.SOURCE_NOT_FOUND,
                        "Cannot ingest '" + source + "': it does not exist; check the path");
            }
            for (SourceFile file : walk(root, pattern, filter)) {
                byPath.put(file.path(), file);
            }
        }
        return List.copyOf(byPath.values());
    }

    @Override
    public SourceScope scope(List<String> sources, PathFilter filter) {
        List<SourceScope.Root> roots = new ArrayList<>();
        for (String source : sources) {
            SourcePattern pattern = SourcePattern.parse(source);
            Path root = toPath(pattern.root());
            roots.add(new SourceScope.Root(root.toString(), Files.isDirectory(root), pattern));
        }
        return new SourceScope(roots, filter);
    }

    /** Accepts plain paths and {@code file:} URIs so that both spellings name the same file. */
    public static Path toPath(String source) {
        if (source.startsWith("file:")) {
            return Path.of(java.net.URI.create(source)).toAbsolutePath().normalize();
        }
        return Path.of(source).toAbsolutePath().normalize();
    }

    private static List<SourceFile> walk(Path root, SourcePattern pattern, PathFilter filter) {
        Path base = Files.isDirectory(root) ? root : root.getParent();
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root, new FileVisitOption[0])) {
            paths.forEach(p -> {
                try {
                    BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class);
                    Path relative = base.relativize(p);
                    if (attrs.isRegularFile() && pattern.matches(relative.toString()) && filter.accepts(relative)) {
                        files.add(new SourceFile(p.toString(), attrs.size(), attrs.lastModifiedTime().toInstant()));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new DarkroomException(ErrorCode.STORAGE_FAILURE,
                    "Cannot list '" + root + "': " + e.getMessage() + "; check the permissions", null, e);
        }
        return files;
    }
}
