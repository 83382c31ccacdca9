package io.darkroom.ingest.datasets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** A CSV/TSV file is one table: encoding and delimiter are sniffed, cells trimmed. */
final class CsvTableReader implements TableReader {
    private final DatasetOptions options;

    CsvTableReader(DatasetOptions options) {
        this.options = options;
    }

    @Override
    public List<RawTable> read(byte[] content, String extension) throws IOException {
        String text = TextDecoder.decode(content).text();
        char delimiter = DelimiterSniffer.sniff(text, "tsv".equals(extension) || "tab".equals(extension) ? '\t' : ',');
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        TableCollector collector = new TableCollector(options);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> row = new ArrayList<>(record.size());
                record.forEach(cell -> row.add(cell == null ? "" : cell.strip()));
                if (!collector.add(row)) {
                    break;
                }
            }
        }
        // Excel in continental Europe writes ';'-separated files because ',' is its decimal mark.
        return List.of(collector.toTable(null, 0, delimiter == ';'));
    }
}
