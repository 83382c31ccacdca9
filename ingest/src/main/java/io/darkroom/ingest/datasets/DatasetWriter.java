package io.darkroom.ingest.datasets;

import io.darkroom.core.warehouse.DatasetName;
import io.darkroom.core.warehouse.DatasetRegistryTable;
import io.darkroom.core.warehouse.Warehouse;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * Writes extracted datasets and the registry. Names are made unique against the registry: a name
 * already held by another file or sheet keeps its owner, the newcomer gets a hash suffix of its
 * identity, so names never move between runs. Each dataset is one Delta overwrite; the registry
 * is then upserted in one MERGE that also drops rows of re-extracted files' sheets that are gone.
 */
final class DatasetWriter {
    private final Warehouse warehouse;
    private final JavaRDD<TableOutcome> outcomes;
    /** Series identity → (member identity → member relative path). */
    private final Map<String, HashMap<String, String>> seriesMembers = new HashMap<>();

    DatasetWriter(Warehouse warehouse, JavaRDD<TableOutcome> outcomes) {
        this.warehouse = warehouse;
        this.outcomes = outcomes;
    }

    DatasetSummary write(List<ExtractedTable> extracted, String runId, int files, Map<String, Long> skipped,
                         List<TableOutcome.Failed> failures) {
        List<TableSeries.Series> series = TableSeries.combine(extracted);
        Set<String> inSeries = new HashSet<>();
        List<ExtractedTable> tables = new ArrayList<>();
        for (TableSeries.Series s : series) {
            inSeries.addAll(s.memberPaths().keySet());
            tables.add(s.table());
            seriesMembers.put(s.table().identity(), new HashMap<>(s.memberPaths()));
        }
        extracted.stream().filter(t -> !inSeries.contains(t.identity())).forEach(tables::add);
        List<TableOutcome.Failed> allFailures = new ArrayList<>(failures);
        List<ExtractedTable> written = new ArrayList<>();
        long rows = 0;
        for (ExtractedTable table : uniquelyNamed(tables)) {
            try {
                writeDataset(table);
                written.add(table);
                rows += table.rowCount();
            } catch (Exception e) {
                // Spark's own SparkException is checked but thrown undeclared: one bad table must not end the run.
                allFailures.add(new TableOutcome.Failed(table.file().path(), table.sourceTable(), e.getClass().getName(),
                        "cannot write dataset '" + table.name() + "': " + firstLine(e.getMessage())));
            }
        }
        Set<String> failedFiles = new HashSet<>();
        allFailures.forEach(f -> failedFiles.add(f.path()));
        writeRegistry(written, runId, tables.stream().map(t -> t.file().path()).filter(p -> !failedFiles.contains(p)).toList());
        return new DatasetSummary(runId, files, written.stream().map(t -> t.name().value()).toList(), rows, skipped, allFailures);
    }

    private List<ExtractedTable> uniquelyNamed(List<ExtractedTable> tables) {
        Map<String, String> owners = new HashMap<>();
        if (warehouse.exists(DatasetRegistryTable.TABLE)) {
            for (Row row : warehouse.read(DatasetRegistryTable.TABLE)
                    .select(DatasetRegistryTable.DATASET, DatasetRegistryTable.SOURCE_PATH, DatasetRegistryTable.SOURCE_INDEX)
                    .collectAsList()) {
                owners.put(row.getString(0), row.getString(1) + "#" + row.getInt(2));
            }
        }
        Set<String> identities = new HashSet<>();
        tables.forEach(t -> identities.add(t.identity()));
        // Names held only by tables re-extracted now are free again; their owners reclaim them below.
        owners.values().removeIf(identities::contains);
        List<ExtractedTable> sorted = new ArrayList<>(tables);
        sorted.sort(Comparator.comparing(ExtractedTable::identity));
        List<ExtractedTable> out = new ArrayList<>();
        for (ExtractedTable table : sorted) {
            DatasetName name = table.name();
            String owner = owners.putIfAbsent(name.value(), table.identity());
            if (owner != null && !owner.equals(table.identity())) {
                name = name.disambiguated(table.identity());
                owners.put(name.value(), table.identity());
            }
            out.add(table.renamed(name));
        }
        return out;
    }

    private void writeDataset(ExtractedTable table) {
        String identity = table.identity();
        HashMap<String, String> members = seriesMembers.get(identity);
        JavaRDD<Row> rows = members == null
                ? outcomes.flatMap(o -> o instanceof TableOutcome.Extracted e && e.table().identity().equals(identity)
                        ? e.table().rows().iterator() : java.util.Collections.emptyIterator())
                : outcomes.flatMap(o -> o instanceof TableOutcome.Extracted e && members.containsKey(e.table().identity())
                        ? e.table().rows().stream().map(r -> withSource(r, members.get(e.table().identity()))).iterator()
                        : java.util.Collections.emptyIterator());
        // One file per dataset: these tables are small, and many tiny files slow every later read.
        Dataset<Row> frame = warehouse.spark().createDataFrame(rows, table.schema()).coalesce(1);
        warehouse.replace(table.name().table(table.schema()), frame);
    }

    private void writeRegistry(List<ExtractedTable> written, String runId, List<String> reextractedFiles) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Row> rows = written.stream().map(t -> registryRow(t, runId, now)).toList();
        RegistryUpsert.upsert(warehouse, rows, reextractedFiles);
    }

    private static Row registryRow(ExtractedTable t, String runId, Timestamp now) {
        Row[] columns = t.columns().stream().map(c -> RowFactory.create(c.name(), c.label(), c.type().registryName(),
                c.currency(), c.nonEmpty(), c.unparsed())).toArray(Row[]::new);
        return RowFactory.create(t.name().value(), t.name().tableName(), t.file().path(), t.file().relativePath(),
                t.format(), t.sourceTable(), t.sourceIndex(), t.headerRow(), t.rowCount(), t.truncated(), columns,
                runId, now);
    }

    private static Row withSource(Row row, String relativePath) {
        Object[] values = new Object[row.length() + 1];
        for (int i = 0; i < row.length(); i++) {
            values[i] = row.get(i);
        }
        values[row.length()] = relativePath;
        return RowFactory.create(values);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
