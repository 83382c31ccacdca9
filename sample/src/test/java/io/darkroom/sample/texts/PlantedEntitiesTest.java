package io.darkroom.sample.texts;

import io.darkroom.sample.SampleCorpus;
import io.darkroom.sample.SampleTruth;
import io.darkroom.sample.SampleTruth.Amount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlantedEntitiesTest {
    private static final PlantedEntities PLANTED = new PlantedEntities(
            List.of("Kestrel Fluidtech GmbH", "Brightwater Logistics Ltd", "Brightwater Logistics Limited",
                    "Brightwater Logistics"));

    @TempDir
    Path corpus;

    @Test
    void findsTheLongestWrittenNameEvenAcrossALineBreakAndNeverInsideAnAddress() {
        String text = "Invoice for Brightwater Logistics\nLtd from Kestrel Fluidtech GmbH.\n"
                + "Later: Brightwater Logistics asked again (mail: anna@brightwater-logistics.example).";

        assertThat(PLANTED.organisations(text))
                .containsExactly("Brightwater Logistics Ltd", "Kestrel Fluidtech GmbH", "Brightwater Logistics");
    }

    @Test
    void readsEuroAmountsAndFullDaysInTheGeneratorsFormatsOnly() {
        String text = "Total due: EUR 12,480.00 on 3 June\n2024 (due 2024-07-03). Revenue in June rose 5%, "
                + "about 1,200.00 units; EUR 89.50 again: EUR 12,480.00.";

        assertThat(PlantedEntities.amounts(text)).containsExactly(new Amount(new BigDecimal("12480.00"), "EUR"),
                new Amount(new BigDecimal("89.50"), "EUR"));
        assertThat(PlantedEntities.dates(text)).containsExactly("2024-06-03", "2024-07-03");
    }

    @Test
    void truthJsonHoldsOneEntryPerLabelledDocumentWithEachInvoicesTotal() {
        SampleTruth truth = SampleCorpus.generate(corpus, 150, 7);
        SampleTruth read = SampleTruth.read(corpus.resolve(SampleTruth.FILE_NAME));

        assertThat(read.documentEntities()).isEqualTo(truth.documentEntities()).hasSize(truth.documentLabels().size());
        for (int i = 0; i < truth.documentLabels().size(); i++) {
            assertThat(truth.documentEntities().get(i).path()).isEqualTo(truth.documentLabels().get(i).path());
            assertThat(truth.documentEntities().get(i).embeddedPath()).isEqualTo(truth.documentLabels().get(i).embeddedPath());
        }
        SampleTruth.DocumentEntities invoice = truth.documentEntities().stream()
                .filter(e -> e.path().startsWith("finance/invoices/")).findFirst().orElseThrow();
        assertThat(invoice.organisations()).contains("Kestrel Fluidtech GmbH", "Landesbank Stuttgart");
        assertThat(invoice.amounts()).isNotEmpty().allMatch(a -> a.currency().equals("EUR"));
        String day = truth.documentLabels().stream().filter(l -> l.path().equals(invoice.path())).findFirst()
                .orElseThrow().date();
        assertThat(invoice.dates()).contains(day);
    }
}
