package io.darkroom.analytics.enrich;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PatternMentionsTest {
    private static List<String> companies(String text) {
        return PatternMentions.find(text).stream().filter(s -> s.type().equals("ORGANIZATION"))
                .map(s -> text.substring(s.begin(), s.end())).toList();
    }

    @Test
    void aNameWithALegalFormIsAnOrganisationInAFieldAndInASignature() {
        assertThat(companies("Invoice date: 12 January 2023\n\nCustomer: Lumen Optics GmbH\n\nCustomer number: C-1013"))
                .containsExactly("Lumen Optics GmbH");
        assertThat(companies("Many thanks,\nPaul Hartmann\nKey Account Manager, Kestrel Fluidtech GmbH"))
                .containsExactly("Kestrel Fluidtech GmbH");
        assertThat(companies("Orders from Harborview Shipping A/S, Zephyr HVAC Sp. z o.o. and Corvid Systems Corp. rose."))
                .containsExactly("Harborview Shipping A/S", "Zephyr HVAC Sp. z o.o.", "Corvid Systems Corp.");
    }

    @Test
    void aLegalFormNeverJoinsWordsAcrossALineOrStandsAlone() {
        assertThat(companies("INVOICE\nKestrel Fluidtech GmbH, Industriestrasse 14")).containsExactly("Kestrel Fluidtech GmbH");
        assertThat(companies("The AG decided. Sales rose AS planned. Meet at the GmbH office.")).isEmpty();
    }
}
