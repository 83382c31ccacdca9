package io.darkroom.analytics.enrich;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityCanonicalizerTest {
    @Test
    void legalFormsCaseAndPunctuationFoldSoOneCompanyMeets() {
        assertThat(java.util.List.of("ACME Corp.", "Acme Corporation", "Acme", "acme, inc.", "The Acme Company", "ACME Ltd"))
                .extracting(s -> EntityCanonicalizer.canonical("ORGANIZATION", s))
                .containsOnly("acme");
    }

    @Test
    void chainedAndDottedLegalFormsAreStrippedButNeverTheWholeName() {
        assertThat(EntityCanonicalizer.canonical("ORGANIZATION", "Müller GmbH & Co. KG")).isEqualTo("muller");
        assertThat(EntityCanonicalizer.canonical("ORGANIZATION", "Nordwind S.A.")).isEqualTo("nordwind");
        assertThat(EntityCanonicalizer.canonical("ORGANIZATION", "Johnson & Johnson")).isEqualTo("johnson and johnson");
        assertThat(EntityCanonicalizer.canonical("ORGANIZATION", "Company")).isEqualTo("company");
    }

    @Test
    void slashedAndSeveralWordLegalFormsMeetTheirOtherSpellingsAndTheBareName() {
        assertThat(java.util.List.of("Harborview Shipping A/S", "Harborview Shipping AS", "Harborview Shipping"))
                .extracting(s -> EntityCanonicalizer.canonical("ORGANIZATION", s)).containsOnly("harborview shipping");
        assertThat(java.util.List.of("Zephyr HVAC Sp. z o.o.", "Zephyr HVAC Sp. z.o.o.", "Zephyr HVAC"))
                .extracting(s -> EntityCanonicalizer.canonical("ORGANIZATION", s)).containsOnly("zephyr hvac");
        assertThat(java.util.List.of("Westwind Agriculture Kft.", "Westwind Agriculture"))
                .extracting(s -> EntityCanonicalizer.canonical("ORGANIZATION", s)).containsOnly("westwind agriculture");
        assertThat(EntityCanonicalizer.canonical("ORGANIZATION", "Sp. z o.o.")).isEqualTo("sp z oo");
    }

    @Test
    void personsLoseTitlesAndSurnameFirstOrder() {
        assertThat(EntityCanonicalizer.canonical("PERSON", "Dr. Jane Doe")).isEqualTo("jane doe");
        assertThat(EntityCanonicalizer.canonical("PERSON", "Doe, Jane")).isEqualTo("jane doe");
        assertThat(EntityCanonicalizer.canonical("PERSON", "JOSÉ ÁLVAREZ")).isEqualTo("jose alvarez");
    }

    @Test
    void addressesFoldCaseAndValuesHaveNoCanonicalName() {
        assertThat(EntityCanonicalizer.canonical("EMAIL", " Jane.Doe@Example.COM ")).isEqualTo("jane.doe@example.com");
        assertThat(EntityCanonicalizer.canonical("URL", "https://www.Example.com/")).isEqualTo("example.com");
        assertThat(EntityCanonicalizer.canonical("MONEY", "EUR 5")).isNull();
        assertThat(EntityCanonicalizer.canonical("LOCATION", "São Paulo")).isEqualTo("sao paulo");
    }
}
