package io.darkroom.analytics.catalog;

import io.darkroom.analytics.enrich.EntityCanonicalizer;
import io.darkroom.core.catalog.ColumnType;
import io.darkroom.core.catalog.Relation;
import io.darkroom.core.warehouse.EntitiesTable;
import io.darkroom.core.warehouse.FactsTable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links dataset text columns to the things documents mention: a customers sheet's {@code company}
 * column and the ORGANIZATION entities of the e-mails. Values are folded with the enrichment's own
 * {@link EntityCanonicalizer}, so "ACME Corp." in the sheet meets "Acme" in a mail. Scored like
 * table relations, overlap times a name bonus, because a column of product names can share a few
 * words with organisations by chance while a column named "company" that overlaps is what we want.
 * Confidence = share of the smaller side found on the other × (0.6 + 0.4 × name match) × support,
 * where support = min(1, shared names / 5).
 */
final class EntityRelationDiscovery {
    static final double MIN_CONFIDENCE = RelationDiscovery.MIN_CONFIDENCE;
    /** Fewer shared names than this is chance, whatever the share. */
    static final int MIN_COMMON = 3;
    /**
     * Below this many shared names the evidence is thin and the confidence scales down with it: a
     * four-value region column (North, South, East, West) shares three generic words with any
     * corpus's places, which says little about which documents speak of a region.
     */
    static final int FULL_SUPPORT = 5;
    /** Column words that say what kind of thing a column names, per mention type. */
    private static final Map<String, Set<String>> TYPE_WORDS = Map.of(
            "ORGANIZATION", Set.of("organization", "organisation", "company", "firm", "org", "customer", "client",
                    "account", "supplier", "vendor", "partner", "employer", "bank", "brand", "business", "shipper"),
            "PERSON", Set.of("person", "name", "contact", "employee", "staff", "rep", "owner", "manager", "sender",
                    "author", "recipient", "people", "agent"),
            "LOCATION", Set.of("location", "city", "country", "region", "place", "address", "town", "state", "site",
                    "office", "territory"));

    List<Relation> discover(List<RelationDiscovery.Candidate> candidates, EntityNames entities) {
        List<Relation> out = new ArrayList<>();
        for (RelationDiscovery.Candidate c : candidates) {
            if (c.column().type() != ColumnType.STRING || c.table().equals(FactsTable.TABLE.name())) {
                continue;
            }
            Relation best = null;
            for (String type : EntityNames.NAMED_TYPES) {
                Optional<Relation> r = relate(c, type, entities.names(type));
                if (r.isPresent() && (best == null || r.get().confidence() > best.confidence())) {
                    best = r.get();
                }
            }
            if (best != null) {
                out.add(best);
            }
        }
        return out;
    }

    private static Optional<Relation> relate(RelationDiscovery.Candidate c, String type, Set<String> names) {
        if (names.isEmpty()) {
            return Optional.empty();
        }
        Set<String> folded = new HashSet<>();
        for (String v : c.values()) {
            String canonical = EntityCanonicalizer.canonical(type, v);
            if (canonical != null) {
                folded.add(canonical);
            }
        }
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        long common = folded.stream().filter(names::contains).count();
        if (common < MIN_COMMON) {
            return Optional.empty();
        }
        // Share of the smaller side: a short customer list is wholly "found" when every customer is mentioned.
        double containment = (double) common / Math.min(folded.size(), names.size());
        double similarity = nameSimilarity(c, type);
        boolean plausible = containment >= 0.5 && (similarity >= 0.3 || (containment >= 0.8 && common >= 10));
        double support = Math.min(1.0, (double) common / FULL_SUPPORT);
        double confidence = Math.min(1.0, containment * (0.6 + 0.4 * similarity) * support);
        if (!plausible || confidence < MIN_CONFIDENCE) {
            return Optional.empty();
        }
        return Optional.of(new Relation(c.table(), c.column().name(), EntitiesTable.TABLE.name(), EntitiesTable.CANONICAL,
                RelationDiscovery.round(containment), RelationDiscovery.round(similarity),
                RelationDiscovery.round(confidence), type));
    }

    /** 1 when a word of the column's name says it holds this type ("company", "contact name"), else 0. */
    static double nameSimilarity(RelationDiscovery.Candidate c, String type) {
        Set<String> words = TYPE_WORDS.getOrDefault(type, Set.of());
        for (String w : Labels.words(c.column().name() + " " + c.column().label())) {
            if (words.contains(Labels.singular(w))) {
                return 1.0;
            }
        }
        return 0.0;
    }
}
