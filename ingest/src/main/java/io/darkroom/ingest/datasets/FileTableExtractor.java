package io.darkroom.ingest.datasets;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All tables of one file, as outcomes. Never throws for a bad file or table: a failure becomes a
 * {@link TableOutcome.Failed} with the error class and a one-line reason (no cell values).
 */
public final class FileTableExtractor {
    /** Extensions read as tables, and the format name recorded for each. */
    static final Map<String, String> FORMATS = Map.ofEntries(
            Map.entry("csv", "csv"), Map.entry("tsv", "tsv"), Map.entry("tab", "tsv"),
            Map.entry("xlsx", "xlsx"), Map.entry("xlsm", "xlsx"), Map.entry("xls", "xls"),
            Map.entry("ods", "ods"), Map.entry("html", "html"), Map.entry("htm", "html"));
    private static final Set<String> SINGLE_TABLE = Set.of("csv", "tsv");

    private final DatasetOptions options;
    private final DatasetBuilder builder;

    public FileTableExtractor(DatasetOptions options) {
        this.options = options;
        this.builder = new DatasetBuilder(options);
    }

    /** Whether the file's extension is one this extractor reads tables from. */
    public static boolean handles(String path) {
        int dot = path.lastIndexOf('.');
        return dot >= 0 && FORMATS.containsKey(path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }

    public List<TableOutcome> extract(TableFile file) {
        String format = FORMATS.get(file.extension());
        if (format == null) {
            return List.of(new TableOutcome.Skipped(file.path(), null, "not a table format: ." + file.extension()));
        }
        List<RawTable> tables;
        try {
            byte[] content = read(file);
            if (content == null) {
                return List.of(new TableOutcome.Skipped(file.path(), null,
                        "larger than datasets.max-file-bytes = " + options.maxFileBytes()));
            }
            tables = reader(format).read(content, file.extension());
        } catch (Exception | StackOverflowError | NoClassDefFoundError e) {
            return List.of(failed(file.path(), null, e));
        }
        List<TableOutcome> outcomes = new ArrayList<>(tables.size());
        for (RawTable table : tables) {
            try {
                outcomes.add(builder.build(file, format, table, !SINGLE_TABLE.contains(format)));
            } catch (RuntimeException | StackOverflowError e) {
                outcomes.add(failed(file.path(), table.name(), e));
            }
        }
        return outcomes;
    }

    private TableReader reader(String format) {
        return switch (format) {
            case "csv", "tsv" -> new CsvTableReader(options);
            case "xlsx", "xls" -> new WorkbookTableReader(options);
            case "ods" -> new OdsTableReader(options);
            case "html" -> new HtmlTableReader(options);
            default -> throw new IllegalStateException("No table reader for format " + format);
        };
    }

    /** The file's bytes, or null when it exceeds the size bound. Non-local URIs go through Hadoop. */
    private byte[] read(TableFile file) throws IOException {
        if (!file.path().contains(":/") || file.path().startsWith("file:")) {
            java.nio.file.Path local = file.localPath();
            return Files.size(local) > options.maxFileBytes() ? null : Files.readAllBytes(local);
        }
        Path path = new Path(file.path());
        FileSystem fs = path.getFileSystem(new Configuration());
        long length = fs.getFileStatus(path).getLen();
        if (length > options.maxFileBytes()) {
            return null;
        }
        try (FSDataInputStream in = fs.open(path)) {
            return in.readNBytes((int) length);
        }
    }

    private static TableOutcome.Failed failed(String path, String table, Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        if (message.length() > 300) {
            message = message.substring(0, 300) + "...";
        }
        return new TableOutcome.Failed(path, table, e.getClass().getName(), message);
    }
}
