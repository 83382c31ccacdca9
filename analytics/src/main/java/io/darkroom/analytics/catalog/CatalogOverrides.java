package io.darkroom.analytics.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.darkroom.core.DarkroomException;
import io.darkroom.core.ErrorCode;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a user changed in the catalog, read from {@code catalog-overrides.yaml} (or {@code .json})
 * in the Darkroom home and merged into every rebuild by {@link OverridesMerge}. Every edit keeps the
 * line it came from, so a problem found when merging names the line to fix.
 *
 * <pre>
 * measures:
 *   northwind_orders__total_freight: {label: shipping cost, synonyms: [postage]}
 * dimensions:
 *   northwind_orders.ship_country: {synonyms: [destination]}
 * columns:
 *   customers.phone: {hidden: true}
 * tables:
 *   customers: {label: clients, synonyms: [accounts]}
 * values:
 *   customers.region: {EMEA: [europe]}
 * relations:
 *   - {from: orders.cust, to: customers.id, confidence: 0.9}
 * </pre>
 *
 * @param file where the edits came from, for messages
 */
public record CatalogOverrides(String file, List<Edit> edits, List<ValueSynonyms> values, List<DeclaredRelation> relations) {
    public static final String YAML_FILE = "catalog-overrides.yaml";
    public static final String JSON_FILE = "catalog-overrides.json";
    private static final Set<String> SECTIONS = Set.of("tables", "measures", "dimensions", "columns", "values", "relations");

    public CatalogOverrides {
        Objects.requireNonNull(file, "file");
        edits = List.copyOf(edits);
        values = List.copyOf(values);
        relations = List.copyOf(relations);
    }

    public static CatalogOverrides none() {
        return new CatalogOverrides("(none)", List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return edits.isEmpty() && values.isEmpty() && relations.isEmpty();
    }

    /** What an edit applies to; the key names a measure by its name, the others as {@code table.column}. */
    public enum Kind {
        TABLE, MEASURE, DIMENSION, COLUMN;

        String section() {
            return name().toLowerCase(Locale.ROOT) + "s";
        }
    }

    /**
     * A relabel, extra synonyms or hiding of one catalog element.
     *
     * @param key      as written: a table or measure name, or {@code table.column} for dimensions and columns
     * @param label    new label, or null to keep it
     * @param synonyms extra words, lower case
     */
    public record Edit(Kind kind, String key, String label, List<String> synonyms, boolean hidden, int line) {
        public Edit {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(key, "key");
            synonyms = List.copyOf(synonyms);
        }
    }

    /** Other words for one value of a column ("europe" for region = "EMEA"). */
    public record ValueSynonyms(String column, String value, List<String> synonyms, int line) {
        public ValueSynonyms {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(value, "value");
            synonyms = List.copyOf(synonyms);
        }
    }

    /** A join key the user knows, {@code table.column} on both sides; confidence defaults to 1. */
    public record DeclaredRelation(String from, String to, double confidence, int line) {
        public DeclaredRelation {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /**
     * Reads an overrides file's text; YAML unless the name ends in {@code .json}.
     *
     * @throws DarkroomException (user input) naming the file and line of a syntax error or a key
     *                           that is not one of the documented ones
     */
    public static CatalogOverrides parse(String file, String text) {
        ObjectMapper mapper = file.toLowerCase(Locale.ROOT).endsWith(".json") ? new ObjectMapper() : new YAMLMapper();
        Lines lines;
        JsonNode root;
        try {
            lines = Lines.of(mapper, text);
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw invalid(file, List.of(syntax(e) + "; fix the syntax"), e);
        } catch (IOException e) {
            throw invalid(file, List.of(e.getMessage()), e);
        }
        Reader reader = new Reader(file, lines);
        if (root != null && !root.isMissingNode() && !root.isNull()) {
            reader.read(root);
        }
        if (!reader.problems.isEmpty()) {
            throw invalid(file, reader.problems, null);
        }
        return new CatalogOverrides(file, reader.edits, reader.values, reader.relations);
    }

    /** SnakeYAML's own message is several lines with a caret drawing; keep the problem and where. */
    private static String syntax(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException y && y.getProblemMark() != null) {
            String context = y.getContext() == null || y.getContextMark() == null ? ""
                    : " (" + y.getContext() + " started on line " + (y.getContextMark().getLine() + 1) + ")";
            return "line " + (y.getProblemMark().getLine() + 1) + ": " + y.getProblem() + context;
        }
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return "line " + line + ": " + e.getOriginalMessage().lines().findFirst().orElse("");
    }

    static DarkroomException invalid(String file, List<String> problems, Throwable cause) {
        StringBuilder message = new StringBuilder("Cannot read catalog overrides " + file + ": " + problems.get(0));
        for (String more : problems.subList(1, problems.size())) {
            message.append("\n  ").append(more);
        }
        return new DarkroomException(ErrorCode.INVALID_CONFIG, message.toString(),
                problems.size() + " problem(s); the rest of the catalog is kept", cause);
    }

    /** First line of each JSON pointer in the file, from one streaming pass (trees forget where they came from). */
    record Lines(Map<String, Integer> byPointer) {
        static Lines of(ObjectMapper mapper, String text) throws IOException {
            Map<String, Integer> out = new HashMap<>();
            try (JsonParser p = mapper.createParser(text)) {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    if (t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                        out.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
                    }
                }
            }
            return new Lines(out);
        }

        int of(String pointer) {
            String p = pointer;
            while (!p.isEmpty()) {
                Integer line = byPointer.get(p);
                if (line != null) {
                    return line;
                }
                p = p.substring(0, p.lastIndexOf('/'));
            }
            return 1;
        }
    }

    private static final class Reader {
        private final Lines lines;
        private final List<String> problems = new ArrayList<>();
        private final List<Edit> edits = new ArrayList<>();
        private final List<ValueSynonyms> values = new ArrayList<>();
        private final List<DeclaredRelation> relations = new ArrayList<>();

        Reader(String file, Lines lines) {
            this.lines = lines;
        }

        void read(JsonNode root) {
            if (!root.isObject()) {
                problem("", "expected sections " + String.join(", ", sorted(SECTIONS)) + ", found " + root.getNodeType());
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> section = it.next();
                String at = "/" + escape(section.getKey());
                if (section.getValue().isNull()) {
                    continue; // an empty section, as in the template
                }
                switch (section.getKey()) {
                    case "tables" -> edits(Kind.TABLE, section.getValue(), at);
                    case "measures" -> edits(Kind.MEASURE, section.getValue(), at);
                    case "dimensions" -> edits(Kind.DIMENSION, section.getValue(), at);
                    case "columns" -> edits(Kind.COLUMN, section.getValue(), at);
                    case "values" -> values(section.getValue(), at);
                    case "relations" -> relations(section.getValue(), at);
                    default -> problem(at, "unknown section '" + section.getKey() + "'; use "
                            + String.join(", ", sorted(SECTIONS)));
                }
            }
        }

        private void edits(Kind kind, JsonNode section, String at) {
            if (!section.isObject()) {
                problem(at, kind.section() + " must map names to {label, synonyms, hidden}");
                return;
            }
            Set<String> fields = kind == Kind.COLUMN ? Set.of("label", "hidden") : kind == Kind.TABLE
                    ? Set.of("label", "synonyms") : Set.of("label", "synonyms", "hidden");
            for (Iterator<Map.Entry<String, JsonNode>> it = section.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String here = at + "/" + escape(e.getKey());
                JsonNode v = e.getValue();
                if (!v.isObject()) {
                    problem(here, kind.section() + "." + e.getKey() + " must be a mapping of " + String.join(", ", sorted(fields)));
                    continue;
                }
                boolean ok = true;
                for (Iterator<String> names = v.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (!fields.contains(name)) {
                        problem(here + "/" + escape(name), "unknown key '" + name + "' for " + kind.section() + "."
                                + e.getKey() + "; use " + String.join(", ", sorted(fields)));
                        ok = false;
                    }
                }
                String label = text(v.get("label"), here + "/label");
                List<String> synonyms = words(v.get("synonyms"), here + "/synonyms");
                boolean hidden = v.path("hidden").asBoolean(false);
                if (v.has("hidden") && !v.get("hidden").isBoolean()) {
                    problem(here + "/hidden", "hidden must be true or false");
                    ok = false;
                }
                if (ok && (label != null || !synonyms.isEmpty() || hidden)) {
                    edits.add(new Edit(kind, e.getKey(), label, synonyms, hidden, lines.of(here)));
                }
            }
        }

        private void values(JsonNode section, String at) {
            if (!section.isObject()) {
                problem(at, "values must map table.column to {value: [synonyms]}");
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = section.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> column = it.next();
                String here = at + "/" + escape(column.getKey());
                if (!column.getValue().isObject()) {
                    problem(here, "values." + column.getKey() + " must map each value to its synonyms");
                    continue;
                }
                for (Iterator<Map.Entry<String, JsonNode>> vs = column.getValue().fields(); vs.hasNext(); ) {
                    Map.Entry<String, JsonNode> v = vs.next();
                    String there = here + "/" + escape(v.getKey());
                    List<String> synonyms = words(v.getValue(), there);
                    if (!synonyms.isEmpty()) {
                        values.add(new ValueSynonyms(column.getKey(), v.getKey(), synonyms, lines.of(there)));
                    }
                }
            }
        }

        private void relations(JsonNode section, String at) {
            if (!section.isArray()) {
                problem(at, "relations must be a list of {from: table.column, to: table.column, confidence}");
                return;
            }
            for (int i = 0; i < section.size(); i++) {
                JsonNode r = section.get(i);
                String here = at + "/" + i;
                String from = text(r.get("from"), here + "/from");
                String to = text(r.get("to"), here + "/to");
                double confidence = r.path("confidence").asDouble(1.0);
                if (from == null || to == null) {
                    problem(here, "a relation needs from: table.column and to: table.column");
                } else if (!(confidence > 0 && confidence <= 1)) {
                    problem(here + "/confidence", "confidence must be in (0, 1], found " + r.get("confidence"));
                } else {
                    relations.add(new DeclaredRelation(from, to, confidence, lines.of(here)));
                }
            }
        }

        private String text(JsonNode v, String at) {
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isValueNode() || v.asText().isBlank()) {
                problem(at, "expected a word or phrase, found " + v);
                return null;
            }
            return v.asText().strip();
        }

        private List<String> words(JsonNode v, String at) {
            if (v == null || v.isNull()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            if (v.isValueNode()) {
                out.add(v.asText().strip().toLowerCase(Locale.ROOT));
            } else if (v.isArray()) {
                for (JsonNode w : v) {
                    String s = text(w, at);
                    if (s != null) {
                        out.add(s.toLowerCase(Locale.ROOT));
                    }
                }
            } else {
                problem(at, "synonyms must be a list of words, found " + v);
            }
            return out;
        }

        private void problem(String pointer, String message) {
            problems.add("line " + lines.of(pointer) + ": " + message);
        }

        private static String escape(String key) {
            return key.replace("~", "~0").replace("/", "~1");
        }

        private static List<String> sorted(Set<String> s) {
            return s.stream().sorted().toList();
        }
    }
}
