package io.darkroom.ingest.datasets;

import io.darkroom.core.warehouse.DatasetName;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One table found in a file, typed and ready to write.
 *
 * @param name        the derived dataset name (before any disambiguation against other datasets)
 * @param file        the file it came from
 * @param format      csv, tsv, xlsx, xls, ods or html
 * @param sourceTable sheet name or "table N"; null for a CSV file
 * @param sourceIndex 0-based position of the sheet or table in the file
 * @param headerRow   0-based row of the header in the source table; null when names were generated
 * @param truncated   true when a row or cell bound cut the table
 * @param columns     one profile per column, in order
 * @param rowCount    number of data rows
 * @param rows        the typed rows, matching {@link #schema()}; empty in a {@link #withoutRows()} copy
 */
public record ExtractedTable(DatasetName name, TableFile file, String format, String sourceTable, int sourceIndex,
                             Integer headerRow, boolean truncated, List<ColumnProfile> columns, long rowCount,
                             List<Row> rows)
        implements Serializable {
    public ExtractedTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public StructType schema() {
        StructType schema = new StructType();
        for (ColumnProfile column : columns) {
            schema = schema.add(column.name(), column.type().sparkType(), true);
        }
        return schema;
    }

    /** Identity of the table across runs: file and position, whatever name it ends up with. */
    public String identity() {
        return file.path() + "#" + sourceIndex;
    }

    public ExtractedTable renamed(DatasetName newName) {
        return new ExtractedTable(newName, file, format, sourceTable, sourceIndex, headerRow, truncated, columns,
                rowCount, rows);
    }

    /** The description alone, for the driver: rows stay on the executors. */
    public ExtractedTable withoutRows() {
        return new ExtractedTable(name, file, format, sourceTable, sourceIndex, headerRow, truncated, columns,
                rowCount, List.of());
    }
}
