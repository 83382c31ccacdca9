package io.darkroom.ingest.datasets;

import io.darkroom.core.catalog.ColumnType;
import io.darkroom.core.warehouse.DatasetName;
import io.darkroom.core.warehouse.DatasetRegistryTable;
import io.darkroom.core.warehouse.Warehouse;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/**
 * Registers a table whose columns are already typed (Parquet, a JDBC table) as a dataset: column
 * names folded to lower_snake_case with the original kept as the label, the rows written as
 * {@code datasets/<name>} in one Delta commit, and the registry upserted.
 */
public final class TypedTableImport {
    private final Warehouse warehouse;

    public TypedTableImport(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /**
     * @param source      where the rows came from, shown to users (a file path, a JDBC URL without credentials + table)
     * @param format      "parquet", "jdbc", ...
     * @param sourceTable the table inside the source (a JDBC table name), or null
     * @return the number of rows imported
     */
    public long register(DatasetName name, Dataset<Row> rows, String source, String format, String sourceTable, String runId) {
        List<String> originals = List.of(rows.columns());
        List<String> names = ColumnNames.normalise(originals);
        List<Column> renamed = new ArrayList<>();
        for (int i = 0; i < originals.size(); i++) {
            renamed.add(col("`" + originals.get(i).replace("`", "``") + "`").as(names.get(i)));
        }
        Dataset<Row> frame = rows.select(renamed.toArray(new Column[0])).cache();
        try {
            warehouse.replace(name.table(frame.schema()), frame);
            Row counts = frame.agg(count(lit(1)), nonEmptyCounts(frame)).first();
            long rowCount = counts.getLong(0);
            List<Row> columns = new ArrayList<>();
            StructField[] fields = frame.schema().fields();
            for (int i = 0; i < fields.length; i++) {
                columns.add(RowFactory.create(fields[i].name(), originals.get(i), registryType(fields[i]), null,
                        counts.getLong(i + 1), 0L));
            }
            Row entry = RowFactory.create(name.value(), name.tableName(), source, sourceTable == null ? source : sourceTable,
                    format, sourceTable, 0, null, rowCount, false, columns.toArray(new Row[0]), runId,
                    Timestamp.from(Instant.now()));
            RegistryUpsert.upsert(warehouse, List.of(entry), List.of(source));
            return rowCount;
        } finally {
            frame.unpersist();
        }
    }

    private static Column[] nonEmptyCounts(Dataset<Row> frame) {
        List<Column> out = new ArrayList<>();
        for (String c : frame.columns()) {
            out.add(count(when(col(c).isNotNull(), 1)));
        }
        return out.toArray(new Column[0]);
    }

    private static String registryType(StructField field) {
        return switch (ColumnType.of(field.dataType())) {
            case INTEGER -> DatasetRegistryTable.TYPE_INTEGER;
            case DECIMAL -> DatasetRegistryTable.TYPE_DECIMAL;
            case BOOLEAN -> DatasetRegistryTable.TYPE_BOOLEAN;
            case DATE -> DatasetRegistryTable.TYPE_DATE;
            case TIMESTAMP -> DatasetRegistryTable.TYPE_TIMESTAMP;
            case STRING, OTHER -> DatasetRegistryTable.TYPE_STRING;
        };
    }
}
