package io.darkroom.ingest.datasets;

import io.darkroom.core.warehouse.DatasetName;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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
     * series when there are at least two of them and their file names look like parts of one table
     * (see {@link #namedLikeParts}); every other table stays on its own.
     */
    static List<Series> combine(List<ExtractedTable> tables) {
        Map<String, List<ExtractedTable>> families = new LinkedHashMap<>();
        for (ExtractedTable t : tables) {
            String key = masked(t.file().relativePath()) + "|" + t.sourceTable() + "|" + t.schema().simpleString();
            families.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
        }
        // Two families can share the masked path and sheet (the columns changed from one year on): their
        // series need distinct identities, or one family's rows would be written under the other's schema.
        Map<String, Integer> familiesPerSource = new HashMap<>();
        List<List<ExtractedTable>> kept = families.values().stream()
                .filter(members -> members.size() >= 2 && namedLikeParts(members)).toList();
        kept.forEach(members -> familiesPerSource.merge(sourceKey(members.get(0)), 1, Integer::sum));
        List<Series> out = new ArrayList<>();
        for (List<ExtractedTable> members : kept) {
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
            if (familiesPerSource.get(sourceKey(first)) > 1) {
                seriesSource += "~" + Integer.toHexString(first.schema().simpleString().hashCode());
            }
            TableFile seriesFile = new TableFile(seriesSource, seriesPath);
            ExtractedTable combined = new ExtractedTable(DatasetName.derive(seriesPath, first.sourceTable()), seriesFile,
                    first.format(), first.sourceTable(), first.sourceIndex(), first.headerRow(),
                    members.stream().anyMatch(ExtractedTable::truncated), columns, rows, List.of());
            out.add(new Series(combined, paths));
        }
        return out;
    }

    /**
     * Files whose names differ only in digits are parts of one table when the names say so: a word
     * besides the number ("sales-2024-01.xlsx", "part-00003.csv") or a year ("2024-01.csv"). Bare numbers
     * ("590.csv", "591.csv") are ids of unrelated tables that happen to share their columns (a folder of
     * Wikipedia tables), and combining them would lose which table a row came from.
     */
    static boolean namedLikeParts(List<ExtractedTable> members) {
        return members.stream().allMatch(m -> {
            String path = m.file().relativePath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            return stem.chars().anyMatch(Character::isLetter) || YEAR.matcher(stem).find();
        });
    }

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19|20)[0-9]{2}(?![0-9])|(?<![0-9])(19|20)[0-9]{2}[01][0-9]");

    private static String sourceKey(ExtractedTable t) {
        String path = t.file().path();
        return masked(path) + "#" + t.sourceIndex();
    }

    private static String masked(String relativePath) {
        return relativePath.replaceAll("[0-9]+", "#");
    }
}
