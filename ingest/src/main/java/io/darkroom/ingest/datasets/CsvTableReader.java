package io.darkroom.ingest.datasets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
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
        CSVFormat rfc4180 = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        TableCollector collector;
        try {
            collector = collect(text, rfc4180);
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            // Many exporters (MySQL, PHP, the WikiTableQuestions dump) escape quotes as \" instead of "": read
            // the file that way before calling it broken.
            collector = collect(text, rfc4180.builder().setEscape('\\').get());
        }
        // Excel in continental Europe writes ';'-separated files because ',' is its decimal mark.
        return List.of(collector.toTable(null, 0, delimiter == ';'));
    }

    private TableCollector collect(String text, CSVFormat format) throws IOException {
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
        return collector;
    }
}
