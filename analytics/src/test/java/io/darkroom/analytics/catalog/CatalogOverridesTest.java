package io.darkroom.analytics.catalog;

import io.darkroom.core.DarkroomException;
import io.darkroom.core.ErrorKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogOverridesTest {
    @Test
    void theShippedTemplateParsesAndChangesNothing() {
        CatalogOverrides template = CatalogOverrides.parse("catalog-overrides.yaml", OverridesFile.template());

        assertThat(template.isEmpty()).isTrue();
    }

    @Test
    void readsEveryKindOfEditWithTheLineItCameFrom() {
        String yaml = """
                tables:
                  customers: {label: clients, synonyms: [accounts]}
                measures:
                  orders__total_freight:
                    label: shipping cost
                    synonyms: [postage, Carriage]
                dimensions:
                  orders.ship_country: {synonyms: destination}
                columns:
                  customers.phone: {hidden: true}
                values:
                  customers.region:
                    EMEA: [europe]
                relations:
                  - {from: orders.cust_no, to: customers.id, confidence: 0.9}
                """;

        CatalogOverrides o = CatalogOverrides.parse("h/catalog-overrides.yaml", yaml);

        assertThat(o.edits()).containsExactly(
                new CatalogOverrides.Edit(CatalogOverrides.Kind.TABLE, "customers", "clients", List.of("accounts"), false, 2),
                new CatalogOverrides.Edit(CatalogOverrides.Kind.MEASURE, "orders__total_freight", "shipping cost",
                        List.of("postage", "carriage"), false, 4),
                new CatalogOverrides.Edit(CatalogOverrides.Kind.DIMENSION, "orders.ship_country", null, List.of("destination"), false, 8),
                new CatalogOverrides.Edit(CatalogOverrides.Kind.COLUMN, "customers.phone", null, List.of(), true, 10));
        assertThat(o.values()).containsExactly(new CatalogOverrides.ValueSynonyms("customers.region", "EMEA", List.of("europe"), 13));
        assertThat(o.relations()).containsExactly(new CatalogOverrides.DeclaredRelation("orders.cust_no", "customers.id", 0.9, 15));
    }

    @Test
    void jsonFilesAreReadAsJson() {
        String json = """
                {"measures": {"orders__total_freight": {"synonyms": ["postage"]}}}
                """;

        assertThat(CatalogOverrides.parse("catalog-overrides.json", json).edits()).singleElement()
                .satisfies(e -> assertThat(e.synonyms()).containsExactly("postage"));
    }

    @Test
    void aMisspeltKeyIsReportedWithItsLineAndTheKeysThatExist() {
        String yaml = """
                measures:
                  orders__total_freight:
                    label: shipping cost
                    synonym: [postage]
                """;

        assertThatThrownBy(() -> CatalogOverrides.parse("h/catalog-overrides.yaml", yaml))
                .isInstanceOf(DarkroomException.class)
                .satisfies(e -> assertThat(((DarkroomException) e).kind()).isEqualTo(ErrorKind.USER_INPUT))
                .hasMessage("Cannot read catalog overrides h/catalog-overrides.yaml: line 4: unknown key 'synonym' for "
                        + "measures.orders__total_freight; use hidden, label, synonyms");
    }

    @Test
    void brokenYamlIsReportedWithTheLineOfTheProblemOnOneLine() {
        String yaml = """
                measures:
                  orders__total_freight: {label: shipping cost
                dimensions:
                """;

        assertThatThrownBy(() -> CatalogOverrides.parse("h/catalog-overrides.yaml", yaml))
                .isInstanceOf(DarkroomException.class)
                .hasMessage("Cannot read catalog overrides h/catalog-overrides.yaml: line 3: expected ',' or '}', but got"
                        + " : (while parsing a flow mapping started on line 2); fix the syntax");
    }

    @Test
    void brokenJsonIsReportedWithItsLine() {
        assertThatThrownBy(() -> CatalogOverrides.parse("catalog-overrides.json", "{\"measures\": {\n  \"x\": [}\n}"))
                .hasMessageStartingWith("Cannot read catalog overrides catalog-overrides.json: line 2: Unexpected close marker '}'")
                .hasMessageEndingWith("; fix the syntax");
    }

    @Test
    void anUnknownSectionIsReportedWithTheSectionsThatExist() {
        assertThatThrownBy(() -> CatalogOverrides.parse("o.yaml", "tables:\nsynonyms:\n  revenue: [sales]\n"))
                .hasMessage("Cannot read catalog overrides o.yaml: line 2: unknown section 'synonyms'; use columns, "
                        + "dimensions, measures, relations, tables, values");
    }
}
