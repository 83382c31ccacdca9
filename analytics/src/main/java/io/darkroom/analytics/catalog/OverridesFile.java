package io.darkroom.analytics.catalog;

import io.darkroom.core.DarkroomException;
import io.darkroom.core.ErrorCode;
import io.darkroom.core.warehouse.Warehouse;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where the user's catalog overrides live: {@code catalog-overrides.yaml} (or {@code .json}) in the
 * Darkroom home, beside the warehouse folder, so they survive a warehouse rebuilt from scratch.
 */
public final class OverridesFile {
    private static final String TEMPLATE = "catalog-overrides-template.yaml";

    private final Path home;
    private final Configuration hadoop;

    /** @param homeUri the Darkroom home (local path or Hadoop URI), the parent of the warehouse folder */
    public OverridesFile(String homeUri, Configuration hadoop) {
        this.home = new Path(homeUri);
        this.hadoop = hadoop;
    }

    public OverridesFile(Warehouse warehouse) {
        this(new Path(warehouse.root()).getParent().toString(), warehouse.spark().sparkContext().hadoopConfiguration());
    }

    /** The YAML file if present, else the JSON one if present. */
    public Optional<Path> locate() {
        try {
            FileSystem fs = fs();
            for (String name : new String[]{CatalogOverrides.YAML_FILE, CatalogOverrides.JSON_FILE}) {
                Path p = new Path(home, name);
                if (fs.exists(p)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new DarkroomException(ErrorCode.STORAGE_FAILURE, "Cannot look for catalog overrides in " + home
                    + "; check that the home is readable", e.getMessage(), e);
        }
    }

    /** The overrides, or none when there is no file; a file that does not parse fails naming its line. */
    public CatalogOverrides read() {
        Optional<Path> file = locate();
        if (file.isEmpty()) {
            return CatalogOverrides.none();
        }
        try (FSDataInputStream in = fs().open(file.get())) {
            return CatalogOverrides.parse(file.get().toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DarkroomException(ErrorCode.STORAGE_FAILURE, "Cannot read catalog overrides " + file.get()
                    + "; check that the file is readable", e.getMessage(), e);
        }
    }

    /** Writes the commented template unless a file exists; returns where it is. */
    public Path init() {
        Optional<Path> existing = locate();
        if (existing.isPresent()) {
            throw DarkroomException.userInput("Cannot write an overrides template to " + existing.get()
                    + ": the file exists; edit it, or move it away first");
        }
        Path target = new Path(home, CatalogOverrides.YAML_FILE);
        try (InputStream template = OverridesFile.class.getResourceAsStream(TEMPLATE);
             FSDataOutputStream out = fs().create(target, false)) {
            out.write(template.readAllBytes());
            return target;
        } catch (IOException e) {
            throw new DarkroomException(ErrorCode.STORAGE_FAILURE, "Cannot write " + target
                    + "; check that the home is writable", e.getMessage(), e);
        }
    }

    static String template() {
        try (InputStream in = OverridesFile.class.getResourceAsStream(TEMPLATE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("template resource missing", e);
        }
    }

    /**
     * The home's file system without Hadoop's checksums: people edit this file by hand, and a local
     * write through Hadoop leaves a {@code .crc} beside it that no longer matches after the first edit,
     * so every later read would fail with "Checksum error".
     */
    private FileSystem fs() throws IOException {
        FileSystem fs = home.getFileSystem(hadoop);
        return fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
    }
}
