package io.darkroom.analytics.catalog;

import io.darkroom.core.catalog.ColumnProfile;
import io.darkroom.core.catalog.ColumnType;
import io.darkroom.core.catalog.Relation;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EntityRelationDiscoveryTest {
    /** What the e-mails mention, as enrichment stored it (already canonical). */
    private static final EntityNames MAILS = new EntityNames(Map.of(
            "ORGANIZATION", Set.of("acme", "globex", "initech", "umbrella", "stark industries", "wayne enterprises",
                    "hooli", "european central bank", "apple", "amazon", "red", "blue", "green", "black", "white", "silver"),
            "PERSON", Set.of("jane doe", "john smith", "maria garcia"),
            "LOCATION", Set.of("paris", "berlin")));

    @Test
    void aCompanyColumnLinksToOrganisationsMentionedUnderTheirFoldedNames() {
        // 7 of the 10 companies are mentioned ("ACME Corp." is "acme" once folded); the name says "company".
        var company = candidate("datasets/customers", "company", "ACME Corp.", "Globex Corporation", "Initech LLC",
                "Umbrella Ltd", "Stark Industries", "Wayne Enterprises, Inc.", "Hooli Inc", "Vandelay Industries",
                "Soylent Co", "Tyrell Corp");

        List<Relation> found = new EntityRelationDiscovery().discover(List.of(company), MAILS);

        assertThat(found).containsExactly(new Relation("datasets/customers", "company", "entities", "canonical",
                0.7, 1.0, 0.7, "ORGANIZATION"));
    }

    @Test
    void overlapWithoutATellingNameOrWithAFewChanceNamesIsNotARelation() {
        // 6 of 10 colours are also "organisations" in the mails, but nothing in "shade" says organisation: 0.6 * 0.6 = 0.36.
        var colours = candidate("datasets/products", "shade", "red", "blue", "green", "black", "white", "silver",
                "mauve", "teal", "ochre", "umber");
        // A product column naming 3 brands among 10 products: 0.3 overlap, and "product" is no organisation word.
        var products = candidate("datasets/products", "product", "Apple", "Amazon", "Umbrella", "Anvil", "Rocket",
                "Glue", "Magnet", "Spring", "Tornado kit", "Bird seed");
        // Facts are made from the same mentions, so they would always "match".
        var facts = candidate("facts", "organization", "acme", "globex", "initech", "umbrella");

        assertThat(new EntityRelationDiscovery().discover(List.of(colours, products, facts), MAILS)).isEmpty();
    }

    @Test
    void aContactColumnLinksToPeopleWhateverTheOrderOfTheirNames() {
        var contact = candidate("datasets/customers", "contact_name", "Doe, Jane", "Dr. John Smith", "Maria García", "Ann Lee");

        // All 3 people of the mails are in the column, but 3 shared names are thin evidence: 1.0 * 1.0 * 3/5.
        assertThat(new EntityRelationDiscovery().discover(List.of(contact), MAILS)).containsExactly(
                new Relation("datasets/customers", "contact_name", "entities", "canonical", 1.0, 1.0, 0.6, "PERSON"));
    }

    @Test
    void aFewGenericWordsSharedByASmallColumnAreNotARelation() {
        // Compass-point regions against places the mails mention: 3 of 4 shared, named "region", but only 3 names:
        // 0.75 * 1.0 * 3/5 = 0.45.
        var region = candidate("datasets/customers", "sales_region", "North", "South", "East", "West");
        EntityNames places = new EntityNames(Map.of("LOCATION", Set.of("north", "south", "east", "stuttgart", "vienna")));

        assertThat(new EntityRelationDiscovery().discover(List.of(region), places)).isEmpty();
    }

    @Test
    void noEntitiesNoRelations() {
        var company = candidate("datasets/customers", "company", "ACME Corp.", "Globex", "Initech");

        assertThat(new EntityRelationDiscovery().discover(List.of(company), EntityNames.none())).isEmpty();
    }

    /** Values the way {@link RelationDiscovery#candidates} collects them: lower-cased and trimmed. */
    private static RelationDiscovery.Candidate candidate(String table, String column, String... values) {
        Set<String> lowered = new HashSet<>();
        for (String v : values) {
            lowered.add(v.strip().toLowerCase(Locale.ROOT));
        }
        ColumnProfile profile = new ColumnProfile(column, Labels.of(column), ColumnType.STRING, 0, values.length, null, null, List.of());
        return new RelationDiscovery.Candidate(table, Labels.of(table.replace("datasets/", "")), profile, values.length, lowered);
    }
}
