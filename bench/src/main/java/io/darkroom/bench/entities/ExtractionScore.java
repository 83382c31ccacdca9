package io.darkroom.bench.entities;

import io.darkroom.analytics.enrich.EntityCanonicalizer;
import io.darkroom.sample.SampleTruth;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Precision and recall of extracted ORGANIZATION, MONEY and DATE mentions against what the sample
 * generator planted in the same document ({@code truth.json}'s {@code document_entities}).
 *
 * <p>Recall: a planted item counts as found when any mention of its type in that document matches
 * it (organisations by {@link EntityCanonicalizer} name, amounts by value ± 0.005 and currency,
 * days by ISO date; DATE includes the TIME mentions that name a day). Precision: every extracted mention of the type counts, and it is correct only
 * when it matches something planted in its own document. A mention nothing was planted for is a
 * false positive even when it is a real entity of the text (a trade fair tagged ORGANIZATION, "June"
 * or "Q1 2024" as DATE, which name no day): the truth lists what the generator wrote on purpose,
 * and the report counts such mentions separately so that the strict figure can be read.
 */
public final class ExtractionScore {
    public static final List<String> TYPES = List.of("ORGANIZATION", "MONEY", "DATE");
    private static final BigDecimal TOLERANCE = new BigDecimal("0.005");
    private static final int EXAMPLES = 40;

    /** One extracted mention of a document, as the {@code entities} table holds it. */
    public record Extracted(String type, String text, String canonical, BigDecimal amount, String currency,
                            LocalDate date) {
    }

    /**
     * Counts of one type; {@code withoutValue}: extracted mentions with no day (DATE) or no amount
     * (MONEY); {@code missed}: the first misses with the document's mentions of the type;
     * {@code missedValues}: how often each planted value (with the document's top folder) was missed;
     * {@code spuriousSurfaces}: how often each unmatched mention's text occurred, most frequent first.
     */
    public record TypeScore(String type, long planted, long found, long extracted, long correct, long withoutValue,
                            List<String> missed, Map<String, Long> missedValues, Map<String, Long> spuriousSurfaces) {
        public double recall() {
            return planted == 0 ? 0 : found / (double) planted;
        }

        public double precision() {
            return extracted == 0 ? 0 : correct / (double) extracted;
        }

        /** Precision over the mentions that carry a value (a day, an amount); same as precision for names. */
        public double precisionOfValued() {
            long valued = extracted - withoutValue;
            return valued == 0 ? 0 : correct / (double) valued;
        }
    }

    private final Map<String, long[]> counts = new TreeMap<>();
    private final Map<String, List<String>> missed = new TreeMap<>();
    private final Map<String, Map<String, Long>> spurious = new TreeMap<>();
    private final Map<String, Map<String, Long>> missedValues = new TreeMap<>();

    public ExtractionScore() {
        for (String type : TYPES) {
            counts.put(type, new long[5]);
            missed.put(type, new ArrayList<>());
            spurious.put(type, new HashMap<>());
            missedValues.put(type, new HashMap<>());
        }
    }

    /** Scores one document: what was planted in it against what was extracted from it. */
    public void add(String documentKey, SampleTruth.DocumentEntities planted, List<Extracted> extracted) {
        List<String> orgs = planted.organisations().stream()
                .map(o -> EntityCanonicalizer.canonical("ORGANIZATION", o)).distinct().toList();
        score("ORGANIZATION", documentKey, orgs, extracted, (o, m) -> o.equals(m.canonical()),
                m -> false, o -> o);
        score("MONEY", documentKey, planted.amounts(), extracted,
                (a, m) -> m.amount() != null && a.currency().equals(m.currency())
                        && a.value().subtract(m.amount()).abs().compareTo(TOLERANCE) <= 0,
                m -> m.amount() == null, a -> a.currency() + " " + a.value().toPlainString());
        score("DATE", documentKey, planted.dates().stream().map(LocalDate::parse).toList(), extracted,
                (d, m) -> d.equals(m.date()), m -> m.date() == null, LocalDate::toString);
    }

    private <T> void score(String type, String key, List<T> planted, List<Extracted> all, Matcher<T> matches,
                           Predicate<Extracted> withoutValue, java.util.function.Function<T, String> show) {
        long[] c = counts.get(type);
        List<Extracted> mentions = all.stream().filter(m -> counts(type, m)).toList();
        c[0] += planted.size();
        for (T p : planted) {
            if (mentions.stream().anyMatch(m -> matches.test(p, m))) {
                c[1]++;
            } else {
                missedValues.get(type).merge(key.substring(0, key.indexOf('/') + 1) + " " + show.apply(p), 1L, Long::sum);
                example(missed.get(type), key + ": " + show.apply(p) + " | extracted: "
                        + mentions.stream().map(Extracted::text).toList());
            }
        }
        c[2] += mentions.size();
        for (Extracted m : mentions) {
            if (planted.stream().anyMatch(p -> matches.test(p, m))) {
                c[3]++;
            } else {
                if (withoutValue.test(m)) {
                    c[4]++;
                }
                spurious.get(type).merge(m.text().replaceAll("\\s+", " "), 1L, Long::sum);
            }
        }
    }

    /** A DATE is scored with the TIME mentions that name a day ("6 February 2023 at 10:00"). */
    static boolean counts(String type, Extracted m) {
        return m.type().equals(type) || (type.equals("DATE") && m.type().equals("TIME") && m.date() != null);
    }

    private static void example(List<String> examples, String example) {
        if (examples.size() < EXAMPLES) {
            examples.add(example);
        }
    }

    public List<TypeScore> scores() {
        return TYPES.stream().map(t -> {
            long[] c = counts.get(t);
            return new TypeScore(t, c[0], c[1], c[2], c[3], c[4], List.copyOf(missed.get(t)), top(missedValues.get(t)),
                    top(spurious.get(t)));
        }).toList();
    }

    private static Map<String, Long> top(Map<String, Long> counts) {
        Map<String, Long> top = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(EXAMPLES).forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    @FunctionalInterface
    private interface Matcher<T> {
        boolean test(T planted, Extracted mention);
    }
}
