package io.darkroom.analytics.enrich;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EmailDirectoryTest {
    @Test
    void headersLinkAddressesAndPersonsBothWays() {
        EmailDirectory d = new EmailDirectory().addAll(List.of("Jane Doe <Jane.Doe@acme.com>",
                "\"Smith, John\" <john@globex.com>, Mary Major <mary@initech.com>", "bare@nowhere.com"));
        assertThat(d.personOf("jane.doe@ACME.com")).contains("jane doe");
        assertThat(d.personOf("john@globex.com")).contains("john smith");
        assertThat(d.addressOf("mary major")).contains("mary@initech.com");
        assertThat(d.personOf("bare@nowhere.com")).isEmpty();
    }
}
