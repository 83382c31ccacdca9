package io.darkroom.ingest.datasets;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Every sheet of an OpenDocument spreadsheet, streamed from its content.xml with StAX. ODF cells
 * carry typed values (office:value-type float, percentage, currency, date, boolean), which are
 * rendered as canonical text like POI cells. Repeated rows and columns (ODF's run-length
 * encoding, often a million empty rows at a sheet's end) are expanded only where they hold data.
 */
final class OdsTableReader implements TableReader {
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    /** Repeats beyond this are formatting runs, never data. */
    private static final int MAX_REPEAT = 1000;

    private final DatasetOptions options;

    OdsTableReader(DatasetOptions options) {
        this.options = options;
    }

    @Override
    public List<RawTable> read(byte[] content, String extension) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("content.xml")) {
                    return parse(zip);
                }
            }
        }
        throw new IOException("Not an OpenDocument spreadsheet: no content.xml");
    }

    private List<RawTable> parse(InputStream xml) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<RawTable> tables = new ArrayList<>();
        try {
            XMLStreamReader in = factory.createXMLStreamReader(xml);
            TableCollector collector = null;
            String sheet = null;
            List<String> row = null;
            int rowRepeat = 1;
            while (in.hasNext()) {
                int event = in.next();
                if (event == XMLStreamConstants.START_ELEMENT && TABLE.equals(in.getNamespaceURI())) {
                    switch (in.getLocalName()) {
                        case "table" -> {
                            collector = new TableCollector(options);
                            sheet = in.getAttributeValue(TABLE, "name");
                        }
                        case "table-row" -> {
                            row = new ArrayList<>();
                            rowRepeat = repeat(in, "number-rows-repeated");
                        }
                        case "table-cell", "covered-table-cell" -> {
                            int columns = repeat(in, "number-columns-repeated");
                            String text = cellText(in);
                            if (row != null) {
                                row.addAll(Collections.nCopies(columns, text));
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && TABLE.equals(in.getNamespaceURI())) {
                    if (in.getLocalName().equals("table-row") && collector != null && row != null) {
                        boolean empty = row.stream().allMatch(String::isEmpty);
                        for (int k = 0; k < (empty ? 1 : rowRepeat) && !collector.full(); k++) {
                            collector.add(row);
                        }
                        row = null;
                    } else if (in.getLocalName().equals("table") && collector != null) {
                        tables.add(collector.toTable(sheet, tables.size(), false));
                        collector = null;
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("Cannot read the spreadsheet XML: " + e.getMessage(), e);
        }
        return tables;
    }

    /** The cell's canonical text; leaves the reader at the cell's end element. */
    private static String cellText(XMLStreamReader in) throws XMLStreamException {
        String type = in.getAttributeValue(OFFICE, "value-type");
        String value = in.getAttributeValue(OFFICE, "value");
        String typed = type == null ? null : switch (type) {
            case "float" -> value == null ? null : new BigDecimal(value).toPlainString();
            case "percentage" -> value == null ? null : new BigDecimal(value).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            case "currency" -> value == null ? null
                    : (in.getAttributeValue(OFFICE, "currency") == null ? "" : in.getAttributeValue(OFFICE, "currency") + " ")
                    + new BigDecimal(value).toPlainString();
            case "date" -> isoDate(in.getAttributeValue(OFFICE, "date-value"));
            case "boolean" -> in.getAttributeValue(OFFICE, "boolean-value");
            default -> null;
        };
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (text.length() > 0 && "p".equals(in.getLocalName())) {
                    text.append('\n');
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS && text.length() < 32_768) {
                text.append(in.getText());
            }
        }
        return typed != null ? typed : text.toString().strip();
    }

    private static String isoDate(String value) {
        if (value == null) {
            return null;
        }
        return value.endsWith("T00:00:00") ? value.substring(0, value.length() - 9) : value;
    }

    private static int repeat(XMLStreamReader in, String attribute) {
        String value = in.getAttributeValue(TABLE, attribute);
        try {
            return value == null ? 1 : Math.max(1, Math.min(MAX_REPEAT, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
