package io.darkroom.core.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Relations in stored catalogs: entity links round-trip, and catalogs saved before them still read. */
class RelationJsonTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anEntityLinkRoundTripsWithItsType() throws Exception {
        Relation link = new Relation("datasets/customers", "company", "entities", "canonical", 0.7, 1.0, 0.7, "ORGANIZATION");

        String text = json.writeValueAsString(link);

        assertThat(text).doesNotContain("entityLink");
        assertThat(json.readValue(text, Relation.class)).isEqualTo(link);
    }

    @Test
    void aRelationSavedWithoutAnEntityTypeReadsAsATableRelation() throws Exception {
        String old = """
                {"fromTable":"datasets/orders","fromColumn":"cust","toTable":"datasets/customers","toColumn":"id",
                 "containment":0.9,"nameSimilarity":0.5,"confidence":0.74}""";

        Relation r = json.readValue(old, Relation.class);

        assertThat(r).isEqualTo(new Relation("datasets/orders", "cust", "datasets/customers", "id", 0.9, 0.5, 0.74));
        assertThat(r.isEntityLink()).isFalse();
    }
}
