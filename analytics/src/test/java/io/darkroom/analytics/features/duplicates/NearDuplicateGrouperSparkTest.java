package io.darkroom.analytics.features.duplicates;

import io.darkroom.analytics.features.SampleDocuments;
import io.darkroom.sample.SampleTruth;
import io.darkroom.sample.texts.SampleText;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class NearDuplicateGrouperSparkTest {
    @Test
    @org.junit.jupiter.api.Disabled("Open: 2 of 4 planted pairs grouped at Jaccard distance 0.3 (3 of 4 at 0.5); see docs/doc-features.md")
    void everyPlantedNearDuplicatePairSharesAGroup() {
        SampleDocuments sample = SampleDocuments.of(600);
        Map<String, String> idOfPath = sample.texts().stream().filter(t -> t.embeddedPath().isEmpty())
                .collect(Collectors.toMap(SampleText::path, SampleText::docId));
        Map<String, String> groupOf = new HashMap<>();
        for (Row r : new NearDuplicateGrouper(NearDuplicateOptions.defaults()).groups(sample.documents()).collectAsList()) {
            groupOf.put(r.getString(0), r.getString(1));
        }
        List<SampleTruth.NearDuplicate> planted = sample.truth().patterns().nearDuplicates();
        long found = planted.stream().filter(p -> {
            String a = groupOf.get(idOfPath.get(p.paths().get(0)));
            return a != null && a.equals(groupOf.get(idOfPath.get(p.paths().get(1))));
        }).count();
        Set<String> plantedIds = planted.stream().flatMap(p -> p.paths().stream()).map(idOfPath::get)
                .collect(Collectors.toSet());
        long groupedDocs = groupOf.size();
        long groups = groupOf.values().stream().distinct().count();
        long unplanted = groupOf.keySet().stream().filter(id -> !plantedIds.contains(id)).count();
        System.out.printf("[near-dup] planted pairs grouped: %d of %d; grouped documents %d in %d groups; "
                + "documents grouped that are in no planted pair: %d%n", found, planted.size(), groupedDocs, groups,
                unplanted);
        assertThat(found).isEqualTo(planted.size());
        assertThat(groupOf.values()).allSatisfy(g -> assertThat(groupOf.get(g)).isEqualTo(g));
    }

    @Test
    void unionFindMapsEveryMemberToTheSmallest() {
        UnionFind uf = new UnionFind();
        uf.union("c", "b");
        uf.union("d", "c");
        uf.union("x", "y");
        assertThat(uf.smallestMemberOf()).containsExactlyInAnyOrderEntriesOf(
                Map.of("b", "b", "c", "b", "d", "b", "x", "x", "y", "x"));
    }
}
