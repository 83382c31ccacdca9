package io.darkroom.ingest.datasets;

import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A file that may hold tables.
 *
 * @param path         the file's path or URI as the ledger records it
 * @param relativePath its path relative to the ingested source folder, with '/' separators; the
 *                     dataset name derives from it, so it must not depend on where the share is mounted
 */
public record TableFile(String path, String relativePath) implements Serializable {
    public TableFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(relativePath, "relativePath");
        if (relativePath.isBlank()) {
            throw new IllegalArgumentException("Cannot extract tables from '" + path + "' with a blank relative path");
        }
        relativePath = relativePath.replace('\\', '/');
    }

    /** The file at {@code path} under the source folder {@code sourceRoot} (plain paths or file: URIs). */
    public static TableFile under(String sourceRoot, String path) {
        Path root = local(sourceRoot).toAbsolutePath().normalize();
        Path file = local(path).toAbsolutePath().normalize();
        String relative = file.startsWith(root) && !file.equals(root)
                ? root.relativize(file).toString() : file.getFileName().toString();
        return new TableFile(path, relative);
    }

    /** Lower-case extension without the dot ("xlsx"), or "" when there is none. */
    public String extension() {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    Path localPath() {
        return local(path);
    }

    private static Path local(String p) {
        return p.startsWith("file:") ? Path.of(URI.create(p)) : Path.of(p);
    }
}
