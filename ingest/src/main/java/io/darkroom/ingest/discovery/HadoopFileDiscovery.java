package io.darkroom.ingest.discovery;

import io.darkroom.core.DarkroomException;
import io.darkroom.core.ErrorCode;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lists any Hadoop {@code FileSystem} URI Spark can read ({@code hdfs:}, {@code s3a:} when its
 * connector and credentials are configured, {@code file:}) with the Spark session's Hadoop
 * configuration. Paths are fully qualified URIs, except {@code file:} ones, which are spelled as
 * plain absolute paths so that both discoveries give a local file the same ledger path.
 */
public final class HadoopFileDiscovery implements FileDiscovery {
    private final Configuration conf;

    public HadoopFileDiscovery(Configuration conf) {
        this.conf = new Configuration(conf);
    }

    @Override
    public List<SourceFile> discover(List<String> sources, PathFilter filter) {
        Map<String, SourceFile> byPath = new TreeMap<>();
        for (String source : sources) {
            SourcePattern pattern = SourcePattern.parse(source);
            try {
                org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(pattern.root());
                FileSystem fs = root.getFileSystem(conf);
                FileStatus rootStatus = fs.getFileStatus(root);
                String base = ledgerPath(rootStatus.isDirectory() ? rootStatus.getPath() : rootStatus.getPath().getParent());
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
                while (it.hasNext()) {
                    LocatedFileStatus status = it.next();
                    String path = ledgerPath(status.getPath());
                    String relative = path.substring(Math.min(path.length(), base.length() + 1));
                    if (status.isFile() && pattern.matches(relative) && filter.accepts(Path.of(relative))) {
                        byPath.put(path, new SourceFile(path, status.getLen(), Instant.ofEpochMilli(status.getModificationTime())));
                    }
                }
            } catch (FileNotFoundException e) {
                throw new DarkroomException(ErrorCode.SOURCE_NOT_FOUND,
                        "Cannot ingest '" + source + "': it does not exist; check the path");
            } catch (IOException | RuntimeException e) {
                throw new DarkroomException(ErrorCode.STORAGE_FAILURE, "Cannot list '" + source + "': " + e.getMessage()
                        + "; check the URI, the file system's connector and its credentials (spark.hadoop.*)", null, e);
            }
        }
        return List.copyOf(byPath.values());
    }

    @Override
    public SourceScope scope(List<String> sources, PathFilter filter) {
        List<SourceScope.Root> roots = new ArrayList<>();
        for (String source : sources) {
            SourcePattern pattern = SourcePattern.parse(source);
            try {
                org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(pattern.root());
                FileSystem fs = root.getFileSystem(conf);
                FileStatus status = fs.getFileStatus(root);
                roots.add(new SourceScope.Root(ledgerPath(status.getPath()), status.isDirectory(), pattern));
            } catch (IOException e) {
                throw new DarkroomException(ErrorCode.SOURCE_NOT_FOUND,
                        "Cannot ingest '" + source + "': " + e.getMessage() + "; check the path", null, e);
            }
        }
        return new SourceScope(roots, filter);
    }

    /** The ledger's spelling of a Hadoop path: qualified URI, or a plain path for local files. */
    static String ledgerPath(org.apache.hadoop.fs.Path qualified) {
        if ("file".equals(qualified.toUri().getScheme())) {
            return qualified.toUri().getPath();
        }
        return qualified.toString();
    }
}
