package io.darkroom.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names of cities, countries and states or provinces, from the gazetteer CoreNLP's fine-grained NER
 * uses (the KBP {@code regexner_caseless.tab} in the models jar: about 42,000 names). Enrichment runs
 * the coarse NER for speed, which tags "Leeds" in "Address: Leeds, United Kingdom" ORGANIZATION; this
 * list lets it see that such a name is a place without paying for the fine-grained pass.
 *
 * <p>Loaded on first use, once per JVM (about 0.5 s, ~5 MB), then immutable: like the pipelines, a
 * per-JVM holder of a CoreNLP resource.
 */
public final class PlaceNames {
    static final String GAZETTEER = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    private static final Set<String> PLACE_TYPES = Set.of("CITY", "COUNTRY", "STATE_OR_PROVINCE");

    private PlaceNames() {
    }

    /** Whether the words name a city, country or state/province ("Leeds", "united  kingdom", "Abu Dhabi"). */
    public static boolean isPlace(String words) {
        String key = key(words);
        return !key.isEmpty() && Loaded.NAMES.contains(key);
    }

    /** Lower case, single spaces; the gazetteer also spells names with hyphens ("abu-dhabi"), kept as written. */
    static String key(String words) {
        return words == null ? "" : words.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static final class Loaded {
        static final Set<String> NAMES = load();

        private static Set<String> load() {
            InputStream in = PlaceNames.class.getClassLoader().getResourceAsStream(GAZETTEER);
            if (in == null) {
                // Without the models jar there is no NER to correct either.
                return Set.of();
            }
            Set<String> names = new HashSet<>();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    // name \t fine type \t coarse type \t priority; the MISC rows are derived forms ("leeds-based").
                    String[] f = line.split("\t", 4);
                    if (f.length >= 3 && f[2].equals("LOCATION") && PLACE_TYPES.contains(f[1])) {
                        names.add(key(f[0]));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read CoreNLP's place gazetteer " + GAZETTEER, e);
            }
            return Set.copyOf(names);
        }
    }
}
