package io.darkroom.ingest.datasets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Picks the delimiter among ; , TAB and | from the first lines: the one that splits most lines into
 * the same number (at least two) of fields wins; ties go to the candidate giving more fields, then to
 * the file extension's conventional delimiter. Quotes are honoured because commons-csv parses.
 */
final class DelimiterSniffer {
    static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int SAMPLE_LINES = 50;
    private static final int SAMPLE_CHARS = 64 * 1024;

    private DelimiterSniffer() {
    }

    static char sniff(String text, char preferred) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        char best = preferred;
        long bestScore = -1;
        for (char candidate : CANDIDATES) {
            long score = score(sample, candidate);
            if (score > bestScore || (score == bestScore && candidate == preferred)) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** Lines agreeing on the modal field count, times a small weight for the count itself. */
    private static long score(String sample, char delimiter) {
        Map<Integer, Integer> widths = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(sample), format)) {
            int lines = 0;
            for (CSVRecord record : parser) {
                if (++lines > SAMPLE_LINES) {
                    break;
                }
                widths.merge(record.size(), 1, Integer::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException malformed) {
            // commons-csv throws on a quote the candidate delimiter leaves unbalanced: not this delimiter.
            return 0;
        }
        long best = 0;
        for (Map.Entry<Integer, Integer> width : widths.entrySet()) {
            if (width.getKey() >= 2) {
                best = Math.max(best, width.getValue() * 1000L + width.getKey());
            }
        }
        return best;
    }
}
