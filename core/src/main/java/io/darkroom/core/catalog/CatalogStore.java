package io.darkroom.core.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.darkroom.core.DarkroomException;
import io.darkroom.core.ErrorCode;
import io.darkroom.core.warehouse.Warehouse;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps every version of the catalog as JSON under {@code <warehouse>/catalog/catalog-v000001.json}.
 * A save writes a temporary file and renames it, so a reader sees a whole version or none; the
 * newest version is the one with the highest number. Works on any Hadoop file system.
 */
public final class CatalogStore {
    private static final Pattern FILE = Pattern.compile("catalog-v(\\d{6})\\.json");
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Warehouse warehouse;
    private final Path folder;

    public CatalogStore(Warehouse warehouse) {
        this.warehouse = warehouse;
        this.folder = new Path(warehouse.root() + "/catalog");
    }

    /** Saves the catalog as the next version and returns it with that version number. */
    public Catalog save(Catalog catalog) {
        try {
            FileSystem fs = fs();
            int next = latestVersion(fs) + 1;
            Catalog versioned = catalog.withVersion(next);
            Path target = new Path(folder, String.format("catalog-v%06d.json", next));
            Path temp = new Path(folder, "." + target.getName() + ".tmp");
            try (FSDataOutputStream out = fs.create(temp, true)) {
                JSON.writeValue((java.io.OutputStream) out, versioned);
            }
            if (!fs.rename(temp, target)) {
                throw new IOException("rename of " + temp + " to " + target + " failed");
            }
            return versioned;
        } catch (IOException e) {
            throw new DarkroomException(ErrorCode.STORAGE_FAILURE, "Cannot save the catalog in " + folder
                    + "; check that the warehouse is writable", e.getMessage(), e);
        }
    }

    /** The newest catalog, if one was ever saved. */
    public Optional<Catalog> latest() {
        try {
            FileSystem fs = fs();
            int version = latestVersion(fs);
            if (version == 0) {
                return Optional.empty();
            }
            try (FSDataInputStream in = fs.open(new Path(folder, String.format("catalog-v%06d.json", version)))) {
                return Optional.of(JSON.readValue((java.io.InputStream) in, Catalog.class));
            }
        } catch (IOException e) {
            throw new DarkroomException(ErrorCode.STORAGE_FAILURE, "Cannot read the catalog in " + folder
                    + "; rebuild it with 'darkroom enrich'", e.getMessage(), e);
        }
    }

    /** The newest catalog; fails with a user-readable message when none was built. */
    public Catalog require() {
        return latest().orElseThrow(() -> new DarkroomException(ErrorCode.WAREHOUSE_EMPTY,
                "Cannot answer from the warehouse at " + warehouse.root()
                        + ": it has nothing to answer from yet; run 'darkroom ingest <folder>' (or 'darkroom demo') first"));
    }

    private int latestVersion(FileSystem fs) throws IOException {
        if (!fs.exists(folder)) {
            return 0;
        }
        int max = 0;
        for (FileStatus status : fs.listStatus(folder)) {
            Matcher m = FILE.matcher(status.getPath().getName());
            if (m.matches()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        return max;
    }

    private FileSystem fs() throws IOException {
        return folder.getFileSystem(warehouse.spark().sparkContext().hadoopConfiguration());
    }
}
