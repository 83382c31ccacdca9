package io.darkroom.ingest.datasets;

import io.darkroom.core.warehouse.DatasetName;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines tables that are one table split over a series of files — the same sheet with the same
 * columns in "sales-2024-01.xlsx", "sales-2024-02.xlsx", ... — into one dataset with a
 * {@value #SOURCE_FILE} column, as a person would (and as Power BI's "combine files" does). Without
 * this, a folder of monthly workbooks becomes dozens of look-alike datasets that no question can
 * choose between.
 */
final class TableSeries {
    static final String SOURCE_FILE = "source_file";

    /** A combined dataset: its description (rows stay on the executors) and its members' identities and paths. */
    record Series(ExtractedTable table, Map<String, String> memberPaths) {
    }

    /**
     * Tables whose relative path, with its digits masked, their sheet and their columns agree form a
     * series when there are at least two of them; every other table stays on its own.
     */
    static List<Series> combine(List<ExtractedTable> tables) {
        Map<String, List<ExtractedTable>> families = new LinkedHashMap<>();
        for (ExtractedTable t : tables) {
            String key = masked(t.file().relativePath()) + "|" + t.sourceTable() + "|" + t.schema().simpleString();
            families.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
        }
        List<Series> out = new ArrayList<>();
        for (List<ExtractedTable> members : families.values()) {
            if (members.size() < 2) {
                continue;
            }
            ExtractedTable first = members.get(0);
            String seriesPath = masked(first.file().relativePath()).replace("#", "").replaceAll("[-_ .]+(?=[-_ ./])", "")
                    .replaceAll("/+", "/");
            List<ColumnProfile> columns = new ArrayList<>(first.columns());
            long nonEmpty = 0;
            long rows = 0;
            Map<String, String> paths = new LinkedHashMap<>();
            for (ExtractedTable m : members) {
                rows += m.rowCount();
                nonEmpty += m.rowCount();
                paths.put(m.identity(), m.file().relativePath());
            }
            columns.add(new ColumnProfile(SOURCE_FILE, "source file", new ColumnType.StringColumn(), nonEmpty, 0));
            // The series is its own source: the members' folder and masked file name, so its identity is new.
            String firstPath = first.file().path();
            String seriesSource = firstPath.substring(0, firstPath.lastIndexOf('/') + 1)
                    + masked(firstPath.substring(firstPath.lastIndexOf('/') + 1));
            TableFile seriesFile = new TableFile(seriesSource, seriesPath);
            ExtractedTable combined = new ExtractedTable(DatasetName.derive(seriesPath, first.sourceTable()), seriesFile,
                    first.format(), first.sourceTable(), first.sourceIndex(), first.headerRow(),
                    members.stream().anyMatch(ExtractedTable::truncated), columns, rows, List.of());
            out.add(new Series(combined, paths));
        }
        return out;
    }

    private static String masked(String relativePath) {
        return relativePath.replaceAll("[0-9]+", "#");
    }
}
