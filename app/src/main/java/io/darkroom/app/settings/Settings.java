package io.darkroom.app.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.darkroom.core.DarkroomException;
import io.darkroom.core.ErrorCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Darkroom's settings as one environment: {@code darkroom.yaml} (from {@code $DARKROOM_CONFIG}, else
 * {@code ./darkroom.yaml} when present) overlaid by the real environment variables; command-line flags
 * then win over both where a command has them. Every file key is the lower-case, dotted form of an
 * environment variable ({@code smtp.host} ↔ {@code DARKROOM_SMTP_HOST}), so one reference table in the
 * README covers both and code reads one map.
 */
public final class Settings {
    public static final String ENV_CONFIG = "DARKROOM_CONFIG";
    public static final String DEFAULT_FILE = "darkroom.yaml";
    /** File key → environment variable; a key outside this table is a typo, and is refused. */
    static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("home", "DARKROOM_HOME"),
            Map.entry("spark.master", "DARKROOM_SPARK_MASTER"),
            Map.entry("public-url", "DARKROOM_PUBLIC_URL"),
            Map.entry("smtp.host", "DARKROOM_SMTP_HOST"),
            Map.entry("smtp.port", "DARKROOM_SMTP_PORT"),
            Map.entry("smtp.from", "DARKROOM_SMTP_FROM"),
            Map.entry("smtp.user", "DARKROOM_SMTP_USER"),
            Map.entry("smtp.password", "DARKROOM_SMTP_PASSWORD"),
            Map.entry("smtp.starttls", "DARKROOM_SMTP_STARTTLS"));

    private Settings() {
    }

    /** The effective environment for this process: the settings file under the real environment. */
    public static Map<String, String> environment() {
        return environment(System.getenv(), Path.of(""));
    }

    static Map<String, String> environment(Map<String, String> env, Path workingDirectory) {
        String configured = env.get(ENV_CONFIG);
        Path file = configured != null && !configured.isBlank() ? Path.of(configured) : workingDirectory.resolve(DEFAULT_FILE);
        if (configured != null && !configured.isBlank() && !Files.isRegularFile(file)) {
            throw DarkroomException.userInput("Cannot read settings file " + file + " named by " + ENV_CONFIG
                    + ": it does not exist; fix the path or unset " + ENV_CONFIG);
        }
        Map<String, String> merged = new HashMap<>(Files.isRegularFile(file) ? read(file) : Map.of());
        merged.putAll(env);
        return merged;
    }

    /** The file's settings under their environment-variable names. */
    static Map<String, String> read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new DarkroomException(ErrorCode.INVALID_CONFIG, "Cannot read settings file " + file
                    + ": it is not valid YAML; fix it or move it away", e.getMessage(), e);
        }
        Map<String, String> flat = new LinkedHashMap<>();
        if (root != null && !root.isMissingNode() && !root.isNull()) {
            if (!root.isObject()) {
                throw new DarkroomException(ErrorCode.INVALID_CONFIG, "Cannot read settings file " + file
                        + ": expected keys such as 'home:' and 'spark.master:' at the top");
            }
            flatten("", root, flat);
        }
        Map<String, String> env = new LinkedHashMap<>();
        flat.forEach((key, value) -> {
            String name = KEYS.get(key);
            if (name == null) {
                throw new DarkroomException(ErrorCode.INVALID_CONFIG, "Cannot use setting '" + key + "' in " + file
                        + ": known settings are " + String.join(", ", new TreeSet<>(KEYS.keySet())));
            }
            env.put(name, value);
        });
        return env;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            if (e.getValue().isObject()) {
                flatten(key, e.getValue(), out);
            } else if (!e.getValue().isNull()) {
                out.put(key, e.getValue().asText());
            }
        }
    }
}
