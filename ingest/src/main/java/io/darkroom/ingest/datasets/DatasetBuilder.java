package io.darkroom.ingest.datasets;

import io.darkroom.core.warehouse.DatasetName;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a raw table into a dataset: drops empty rows and columns, finds the header, drops trailing
 * total rows, reads a two-column label/value sheet as one record, enforces the minimum size, names
 * and types the columns.
 */
final class DatasetBuilder {
    /** A closing "Total" row would double every sum a question asks for. */
    private static final Pattern TOTAL = Pattern.compile("(?i)^(grand\\s+)?(total|sum|summe|totaux?)\\b.*");
    /** Label/value sheets longer than this are lookup tables, not forms. */
    private static final int MAX_FORM_ROWS = 50;

    private final DatasetOptions options;
    private final ColumnTyper typer;

    DatasetBuilder(DatasetOptions options) {
        this.options = options;
        this.typer = new ColumnTyper(options.typedShare());
    }

    TableOutcome build(TableFile file, String format, RawTable raw, boolean multiTable) {
        List<Integer> sourceRows = new ArrayList<>();
        List<List<String>> rows = compact(raw.rows(), sourceRows);
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        if (rows.isEmpty() || width == 0) {
            return new TableOutcome.Skipped(file.path(), raw.name(), "empty");
        }
        HeaderDetector.Layout layout = HeaderDetector.detect(rows, width, options.headerScanRows());
        List<List<String>> data = new ArrayList<>(rows.subList(layout.dataStart(), rows.size()));
        while (!data.isEmpty() && TOTAL.matcher(firstFilled(data.get(data.size() - 1))).matches()) {
            data.remove(data.size() - 1);
        }
        List<String> labels = layout.labels();
        Integer headerRow = layout.headerRow() < 0 ? null : sourceRows.get(layout.headerRow());
        if (labels.isEmpty() && isForm(data, width)) {
            labels = column(data, 0);
            data = List.of(column(data, 1));
            width = labels.size();
            headerRow = null;
        }
        if (data.size() < options.minDataRows() || width < options.minColumns()) {
            return new TableOutcome.Skipped(file.path(), raw.name(),
                    "too small: " + data.size() + " data rows x " + width + " columns");
        }
        List<String> names = ColumnNames.normalise(labels.isEmpty() ? Collections.nCopies(width, "") : labels);
        List<ColumnProfile> profiles = new ArrayList<>(width);
        Object[][] columns = new Object[width][];
        for (int c = 0; c < width; c++) {
            String label = labels.isEmpty() ? null : labels.get(c);
            ColumnTyper.Typed typed = typer.type(names.get(c), label, column(data, c), raw.decimalComma());
            profiles.add(typed.profile());
            columns[c] = typed.values();
        }
        List<Row> out = new ArrayList<>(data.size());
        for (int r = 0; r < data.size(); r++) {
            Object[] values = new Object[width];
            for (int c = 0; c < width; c++) {
                values[c] = columns[c][r];
            }
            out.add(RowFactory.create(values));
        }
        DatasetName name = DatasetName.derive(file.relativePath(), multiTable ? raw.name() : null);
        return new TableOutcome.Extracted(new ExtractedTable(name, file, format, raw.name(), raw.index(),
                headerRow, raw.truncated(), profiles, out.size(), out));
    }

    /** Non-empty rows without the columns that are empty in every row; sourceRows gets original indices. */
    private static List<List<String>> compact(List<List<String>> rows, List<Integer> sourceRows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        boolean[] used = new boolean[width];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                used[c] |= !ColumnTyper.isEmpty(row.get(c));
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            List<String> kept = new ArrayList<>();
            boolean any = false;
            for (int c = 0; c < width; c++) {
                if (used[c]) {
                    String cell = c < row.size() ? row.get(c) : "";
                    kept.add(cell);
                    any |= !ColumnTyper.isEmpty(cell);
                }
            }
            if (any) {
                out.add(kept);
                sourceRows.add(r);
            }
        }
        return out;
    }

    /**
     * A sheet of "label | value" lines (a report's summary block) reads better as one record whose
     * columns are the labels: two columns, distinct text labels, values of mixed kinds.
     */
    private boolean isForm(List<List<String>> data, int width) {
        if (width != 2 || data.size() < 2 || data.size() > MAX_FORM_ROWS) {
            return false;
        }
        List<String> keys = column(data, 0);
        List<String> values = column(data, 1);
        boolean textKeys = keys.stream().allMatch(k -> !ColumnTyper.isEmpty(k) && !HeaderDetector.looksTyped(k));
        boolean distinct = keys.stream().distinct().count() == keys.size();
        if (!textKeys || !distinct) {
            return false;
        }
        ColumnTyper.Typed typed = typer.type("value", null, values, false);
        long typedValues = values.stream().filter(HeaderDetector::looksTyped).count();
        return typed.profile().type() instanceof ColumnType.StringColumn && typedValues * 2 > values.size();
    }

    private static List<String> column(List<List<String>> rows, int c) {
        List<String> values = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            values.add(c < row.size() ? row.get(c) : "");
        }
        return values;
    }

    private static String firstFilled(List<String> row) {
        return row.stream().filter(c -> !ColumnTyper.isEmpty(c)).findFirst().orElse("");
    }
}
