package io.darkroom.ingest.parse;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Typed reads of Tika metadata values: strings are parsed once, here, at the edge. */
final class MetadataValues {
    private MetadataValues() {
    }

    /** First non-blank value, trimmed; null when absent. */
    static String first(Metadata md, String key) {
        for (String value : md.getValues(key)) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }

    static String firstOf(Metadata md, String... keys) {
        for (String key : keys) {
            String value = first(md, key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The media type without parameters ("text/plain; charset=UTF-8" becomes "text/plain"). */
    static String mime(Metadata md) {
        String type = first(md, Metadata.CONTENT_TYPE);
        return type == null ? null : baseType(type);
    }

    static String baseType(String contentType) {
        int semicolon = contentType.indexOf(';');
        String base = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return base.trim().toLowerCase(Locale.ROOT);
    }

    /** Tika normalises dates to ISO-8601; values without a zone are taken as UTC. Unparseable: null. */
    static Instant instant(Metadata md, String key) {
        String value = first(md, key);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }

    static Integer integer(Metadata md, String key) {
        String value = first(md, key);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Addresses of a header, one per value as Tika splits them. Tika sometimes also stores the raw
     * header ("Bob <b@x.com>, c@x.com") beside its split values (first message of an mbox): a value
     * whose comma-separated pieces are all values themselves is that raw header and is dropped. A
     * display name with a comma ("Doe, Dave &lt;d@x.com&gt;") is one address and stays whole.
     */
    static List<String> addresses(Metadata md, String key) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : md.getValues(key)) {
            if (value != null && !value.isBlank()) {
                values.add(value.trim());
            }
        }
        List<String> out = new ArrayList<>();
        for (String value : values) {
            List<String> pieces = splitAddresses(value);
            boolean rawHeader = pieces.size() > 1 && values.containsAll(pieces);
            if (!rawHeader) {
                out.add(value);
            }
        }
        return List.copyOf(out);
    }

    static List<String> splitAddresses(String header) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        int angle = 0;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '<') {
                angle++;
            } else if (!quoted && c == '>' && angle > 0) {
                angle--;
            }
            if (c == ',' && !quoted && angle == 0) {
                addTrimmed(parts, current);
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        addTrimmed(parts, current);
        return parts;
    }

    private static void addTrimmed(List<String> parts, CharSequence part) {
        String s = part.toString().trim();
        if (!s.isEmpty()) {
            parts.add(s);
        }
    }

    /**
     * Every metadata key except the text itself and the container's stack trace (the ledger holds
     * the error); multi-values joined with "; ", duplicates dropped.
     */
    static Map<String, String> asMap(Metadata md) {
        Map<String, String> map = new TreeMap<>();
        for (String name : md.names()) {
            if (name.equals(TikaCoreProperties.TIKA_CONTENT.getName())
                    || name.equals(TikaCoreProperties.CONTAINER_EXCEPTION.getName())) {
                continue;
            }
            Set<String> values = new LinkedHashSet<>();
            for (String v : md.getValues(name)) {
                if (v != null) {
                    values.add(v);
                }
            }
            map.put(name, String.join("; ", values));
        }
        return Collections.unmodifiableMap(map);
    }
}
