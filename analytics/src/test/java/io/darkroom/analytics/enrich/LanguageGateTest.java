package io.darkroom.analytics.enrich;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageGateTest {
    @Test
    void englishTextIsAnnotated() {
        assertThat(LanguageGate.decide("Please find attached the invoice for the services we delivered in March, "
                + "and let us know if you have any questions.", null).annotate()).isTrue();
    }

    @Test
    void germanTextIsSkippedWithTheReason() {
        LanguageGate.Decision d = LanguageGate.decide("Sehr geehrte Damen und Herren, anbei erhalten Sie die Rechnung für die "
                + "Leistungen im März. Wir bitten um Zahlung innerhalb von 14 Tagen und danken für die Zusammenarbeit mit uns.", null);
        assertThat(d.annotate()).isFalse();
        assertThat(d.language()).isEqualTo("de");
        assertThat(d.skippedReason()).startsWith("not English: stop words suggest 'de'");
    }

    @Test
    void theIngestLanguageWinsAndEmptyTextIsSkipped() {
        assertThat(LanguageGate.decide("Bonjour", "fr").skippedReason()).isEqualTo("not English: language 'fr' from ingest");
        assertThat(LanguageGate.decide("Hello", "en-GB").annotate()).isTrue();
        assertThat(LanguageGate.decide("  ", null).skippedReason()).isEqualTo("no text");
    }

    @Test
    void aShortEnglishMailThatIngestTookForVietnameseIsAnnotatedButAShortForeignTextIsNot() {
        String mail = "Hi Thomas,\n\n17 January 2024 at 10:00 works well for us. Henrik Krause will join me, and\n"
                + "we will bring the price list for 2025.\n\nMany thanks,\nPaul Hartmann\n"
                + "Key Account Manager, Kestrel Fluidtech GmbH";
        assertThat(LanguageGate.decide(mail, "vie").annotate()).isTrue();
        assertThat(LanguageGate.decide(mail, "vie").language()).isEqualTo("en");
        assertThat(LanguageGate.decide("Bonjour Thomas, merci", "fr").annotate()).isFalse();
        assertThat(LanguageGate.decide("Sehr geehrte Damen und Herren, anbei erhalten Sie die Rechnung für die "
                + "Leistungen im März und wir danken Ihnen.", "de").annotate()).isFalse();
    }
}
