package io.darkroom.ingest.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * tika-eval's per-language common-token lists ({@code common_tokens/<iso-639-3>} in the
 * tika-eval-core 2.4.1 jar, Apache-2.0; that jar is on the classpath with all its dependencies
 * excluded, so only these resources are used). A list is loaded once per JVM on first use and never
 * changes: each is ~30,000 words, and re-reading it per document would cost more than parsing.
 */
public final class CommonTokens {
    private static final Map<String, Set<String>> LOADED = new ConcurrentHashMap<>();

    private CommonTokens() {
    }

    /** The lower-cased common tokens of a language; empty when the jar has no list for it. */
    public static Set<String> of(String language) {
        return LOADED.computeIfAbsent(language, CommonTokens::load);
    }

    private static Set<String> load(String language) {
        InputStream in = CommonTokens.class.getClassLoader().getResourceAsStream("common_tokens/" + language);
        if (in == null) {
            return Set.of();
        }
        Set<String> tokens = new HashSet<>(40_000);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("___")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                tokens.add(tab < 0 ? line : line.substring(0, tab));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read common_tokens/" + language + " from tika-eval-core", e);
        }
        return Set.copyOf(tokens);
    }
}
