package io.darkroom.ingest.datasets;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every sheet of an xlsx/xls workbook (POI, on the classpath through Tika's parsers). Cells keep
 * the type POI gives them: dates come as dates (Excel serials formatted as dates), formulas as
 * their cached results (what Excel last computed and shows; evaluating formulas here could call
 * external links), and currency/percent formats become a currency code or '%' in the cell text.
 * A merged cell's value is copied into every cell of the region, so a header spanning columns
 * names each of them.
 */
final class WorkbookTableReader implements TableReader {
    private final DatasetOptions options;

    WorkbookTableReader(DatasetOptions options) {
        this.options = options;
    }

    @Override
    public List<RawTable> read(byte[] content, String extension) throws IOException {
        List<RawTable> tables = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                tables.add(readSheet(sheet, s));
            }
        }
        return tables;
    }

    private RawTable readSheet(Sheet sheet, int index) {
        Map<Long, CellRangeAddress> merged = mergedRegions(sheet);
        TableCollector collector = new TableCollector(options);
        for (int r = 0; r <= sheet.getLastRowNum() && !collector.full(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            int width = row == null ? 0 : Math.max(row.getLastCellNum(), 0);
            for (int c = 0; c < width; c++) {
                CellRangeAddress region = merged.get(key(r, c));
                Cell cell = region == null ? row.getCell(c)
                        : cellAt(sheet, region.getFirstRow(), region.getFirstColumn());
                cells.add(text(cell));
            }
            collector.add(cells);
        }
        return collector.toTable(sheet.getSheetName(), index, false);
    }

    private static Map<Long, CellRangeAddress> mergedRegions(Sheet sheet) {
        Map<Long, CellRangeAddress> cells = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            // A region covering a whole column or more is formatting, not data: skip it to stay bounded.
            if ((long) (region.getLastRow() - region.getFirstRow() + 1)
                    * (region.getLastColumn() - region.getFirstColumn() + 1) > 10_000) {
                continue;
            }
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    cells.put(key(r, c), region);
                }
            }
        }
        return cells;
    }

    private static Cell cellAt(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        return row == null ? null : row.getCell(c);
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? CellFormats.isoDateTime(cell.getLocalDateTimeCellValue())
                    : CellFormats.number(cell.getNumericCellValue(), cell.getCellStyle().getDataFormatString());
            // An error result (#DIV/0!) stays visible as text, so the column counts it as unparsed.
            case ERROR -> "#ERROR";
            case BLANK, FORMULA, _NONE -> "";
        };
    }
}
