package io.darkroom.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.darkroom.analytics.catalog.CatalogOverrides;
import io.darkroom.analytics.catalog.OverridesFile;
import io.darkroom.analytics.catalog.OverridesMerge;
import io.darkroom.app.cli.Json;
import io.darkroom.core.DarkroomException;
import io.darkroom.core.ErrorCode;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogStore;
import io.darkroom.core.warehouse.Warehouse;
import io.javalin.http.Context;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/catalog}, {@code GET /api/suggestions} and {@code PUT /api/catalog/synonyms}: the
 * last merges new words into the overrides file the {@code catalog} command edits and applies them
 * to the current catalog at once (no re-profiling), exactly as the next rebuild will.
 */
final class CatalogResource {
    private static final Set<String> SECTIONS = Set.of("measures", "dimensions", "tables", "values");
    private static final String EXAMPLE = "{\"measures\": {\"total_amount\": [\"revenue\"]}}";

    private final CatalogState state;
    private final JsonBodies bodies;

    CatalogResource(CatalogState state, JsonBodies bodies) {
        this.state = state;
        this.bodies = bodies;
    }

    void catalog(Context ctx) {
        JsonBodies.write(ctx, 200, state.catalog(DarkroomServer.scope(ctx)));
    }

    void suggestions(Context ctx) {
        int limit = JsonBodies.intParam(ctx, "limit", 10);
        if (limit < 1 || limit > JsonBodies.MAX_LIMIT) {
            throw ApiError.badRequest("Use a limit between 1 and " + JsonBodies.MAX_LIMIT);
        }
        Suggestions s = new Suggestions(state.catalog(DarkroomServer.scope(ctx)));
        JsonBodies.write(ctx, 200, Map.of("items", s.matching(ctx.queryParam("prefix"), limit), "examples", s.examples()));
    }

    synchronized void putSynonyms(Context ctx) {
        JsonNode body = bodies.object(ctx, EXAMPLE);
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String section = it.next();
            if (!SECTIONS.contains(section)) {
                throw ApiError.badRequest("Unknown section '" + section + "'; use measures, dimensions, tables or values, e.g. " + EXAMPLE);
            }
        }
        Warehouse warehouse = state.warehouse();
        Catalog current = state.catalog();
        OverridesFile file = new OverridesFile(warehouse);
        Path home = new Path(warehouse.root()).getParent();
        Path target = file.locate().orElse(new Path(home, CatalogOverrides.YAML_FILE));
        boolean json = target.getName().endsWith(".json");
        ObjectNode merged = readTree(warehouse, target, json);
        int added = merge(body, merged);
        String text = write(merged, json);
        CatalogOverrides overrides = CatalogOverrides.parse(target.toString(), text);
        OverridesMerge.Result result = new OverridesMerge().apply(current, overrides);
        if (!result.problems().isEmpty()) {
            throw new ApiError(400, "bad_request", "Cannot add these synonyms: " + String.join("; ", result.problems()),
                    "nothing was written");
        }
        writeFile(warehouse, target, text);
        Catalog saved = new CatalogStore(warehouse).save(result.catalog());
        state.install(saved);
        JsonBodies.write(ctx, 200, Map.of("file", target.toString(), "added", added, "catalogVersion", saved.version()));
    }

    /** Adds the body's words to the overrides tree; returns how many were new. */
    private static int merge(JsonNode body, ObjectNode tree) {
        int added = 0;
        for (String section : new String[]{"measures", "dimensions", "tables"}) {
            JsonNode edits = body.get(section);
            if (edits == null || edits.isNull()) {
                continue;
            }
            if (!edits.isObject()) {
                throw ApiError.badRequest("'" + section + "' must map names to lists of words, e.g. " + EXAMPLE);
            }
            ObjectNode out = objectAt(tree, section);
            for (Iterator<Map.Entry<String, JsonNode>> it = edits.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                added += addWords(objectAt(out, e.getKey()).withArray("synonyms"), e.getValue(), section + "." + e.getKey());
            }
        }
        JsonNode values = body.get("values");
        if (values != null && !values.isNull()) {
            if (!values.isObject()) {
                throw ApiError.badRequest("'values' must map table.column to {value: [words]}");
            }
            ObjectNode out = objectAt(tree, "values");
            for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> column = it.next();
                if (!column.getValue().isObject()) {
                    throw ApiError.badRequest("values." + column.getKey() + " must map each value to a list of words");
                }
                ObjectNode col = objectAt(out, column.getKey());
                for (Iterator<Map.Entry<String, JsonNode>> vs = column.getValue().fields(); vs.hasNext(); ) {
                    Map.Entry<String, JsonNode> v = vs.next();
                    ArrayNode words = col.get(v.getKey()) instanceof ArrayNode a ? a : col.putArray(v.getKey());
                    added += addWords(words, v.getValue(), "values." + column.getKey() + "." + v.getKey());
                }
            }
        }
        return added;
    }

    private static int addWords(ArrayNode into, JsonNode words, String where) {
        if (!words.isArray() || words.isEmpty()) {
            throw ApiError.badRequest(where + " must be a non-empty list of words");
        }
        int added = 0;
        for (JsonNode w : words) {
            if (!w.isTextual() || w.asText().isBlank() || w.asText().length() > 100) {
                throw ApiError.badRequest(where + " holds " + w + "; each synonym must be a word or phrase of 1-100 characters");
            }
            String word = w.asText().strip().toLowerCase(Locale.ROOT);
            boolean present = false;
            for (JsonNode have : into) {
                present |= have.asText().equalsIgnoreCase(word);
            }
            if (!present) {
                into.add(word);
                added++;
            }
        }
        return added;
    }

    private static ObjectNode objectAt(ObjectNode parent, String key) {
        return parent.get(key) instanceof ObjectNode o ? o : parent.putObject(key);
    }

    private static ObjectNode readTree(Warehouse warehouse, Path file, boolean json) {
        try {
            FileSystem fs = file.getFileSystem(warehouse.spark().sparkContext().hadoopConfiguration());
            if (!fs.exists(file)) {
                return JsonNodeFactory.instance.objectNode();
            }
            try (FSDataInputStream in = fs.open(file)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                CatalogOverrides.parse(file.toString(), text); // fails naming the line when the file is broken
                JsonNode tree = (json ? Json.mapper() : new YAMLMapper()).readTree(text);
                return tree instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
            }
        } catch (IOException e) {
            throw new DarkroomException(ErrorCode.STORAGE_FAILURE, "Cannot read " + file + "; check that it is readable",
                    e.getMessage(), e);
        }
    }

    private static String write(ObjectNode tree, boolean json) {
        try {
            return json ? Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree)
                    : new YAMLMapper().writeValueAsString(tree);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static void writeFile(Warehouse warehouse, Path file, String text) {
        try {
            FileSystem fs = file.getFileSystem(warehouse.spark().sparkContext().hadoopConfiguration());
            Path tmp = new Path(file.getParent(), "." + file.getName() + ".tmp");
            try (FSDataOutputStream out = fs.create(tmp, true)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            fs.delete(file, false);
            if (!fs.rename(tmp, file)) {
                throw new IOException("rename " + tmp + " failed");
            }
        } catch (IOException e) {
            throw new DarkroomException(ErrorCode.STORAGE_FAILURE, "Cannot write " + file + "; check that the home is writable",
                    e.getMessage(), e);
        }
    }
}
