package io.darkroom.ingest.imports;

import io.darkroom.core.DarkroomException;
import io.darkroom.core.ErrorCode;
import io.darkroom.core.warehouse.DatasetName;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.ingest.datasets.DatasetExtractionStage;
import io.darkroom.ingest.datasets.DatasetSummary;
import io.darkroom.ingest.datasets.TableFile;
import io.darkroom.ingest.datasets.TypedTableImport;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code darkroom import}: structured sources become datasets. Table files (CSV, TSV, XLSX, XLS,
 * ODS, HTML) go through the same extraction as tables found during ingest (header detection, type
 * inference); Parquet files and JDBC tables keep their own types.
 */
public final class StructuredImport {
    private final Warehouse warehouse;

    public StructuredImport(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /**
     * Imports a file, or every table file under a folder (each named after its relative path).
     *
     * @param name dataset name for a single file (sheets get {@code name__sheet}); null derives it from the file name
     */
    public ImportSummary importPath(String path, String name, String runId) {
        Path root = Path.of(path).toAbsolutePath().normalize();
        if (!Files.exists(root)) {
            throw new DarkroomException(ErrorCode.SOURCE_NOT_FOUND, "Cannot import '" + path + "': it does not exist; check the path");
        }
        List<TableFile> tableFiles = new ArrayList<>();
        List<String> imported = new ArrayList<>();
        long parquetRows = 0;
        for (Path file : files(root)) {
            String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
            String relative = Files.isDirectory(root) ? root.relativize(file).toString().replace('\\', '/') : file.getFileName().toString();
            if (name != null && !Files.isDirectory(root)) {
                relative = name + lower.substring(Math.max(0, lower.lastIndexOf('.')));
            }
            if (lower.endsWith(".parquet")) {
                DatasetName dataset = DatasetName.derive(relative, null);
                Dataset<Row> rows = warehouse.spark().read().parquet(file.toString());
                parquetRows += new TypedTableImport(warehouse).register(dataset, rows, file.toString(), "parquet", null, runId);
                imported.add(dataset.value());
            } else if (DatasetExtractionStage.handles(file.toString())) {
                tableFiles.add(new TableFile(file.toString(), relative));
            }
        }
        if (tableFiles.isEmpty() && imported.isEmpty()) {
            throw DarkroomException.userInput("Cannot import '" + path + "': no CSV, TSV, XLSX, XLS, ODS, HTML or Parquet file found there");
        }
        DatasetSummary tables = tableFiles.isEmpty() ? null : new DatasetExtractionStage().run(warehouse, tableFiles, runId);
        if (tables != null) {
            imported.addAll(tables.datasets());
        }
        return new ImportSummary(List.copyOf(imported), parquetRows + (tables == null ? 0 : tables.rows()),
                tables == null ? List.of() : tables.failures().stream().map(f -> f.path() + ": " + f.reason()).toList());
    }

    /** Imports one database table; the dataset is named {@code name}, else after the table. */
    public ImportSummary importJdbc(JdbcSource source, String name, String runId) {
        Dataset<Row> rows;
        try {
            rows = warehouse.spark().read().jdbc(source.url(), source.table(), source.properties());
            rows.schema();
        } catch (Exception e) { // Spark rethrows the driver's SQLException as a (Scala-checked) SparkException
            throw new DarkroomException(ErrorCode.SOURCE_NOT_FOUND, "Cannot read table '" + source.table() + "' from "
                    + source.displayUrl() + "; check the URL, the table name and the credentials",
                    e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()), e);
        }
        DatasetName dataset = name != null ? new DatasetName(name) : DatasetName.derive(source.table().replace('.', '_'), null);
        long count = new TypedTableImport(warehouse).register(dataset, rows,
                source.displayUrl() + "#" + source.table(), "jdbc", source.table(), runId);
        return new ImportSummary(List.of(dataset.value()), count, List.of());
    }

    private static List<Path> files(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
