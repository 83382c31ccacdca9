package io.darkroom.bench.entities;

import io.darkroom.sample.SampleTruth;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractionScoreTest {
    private static ExtractionScore.Extracted org(String surface, String canonical) {
        return new ExtractionScore.Extracted("ORGANIZATION", surface, canonical, null, null, null);
    }

    @Test
    void plantedItemsAreFoundByCanonicalNameAmountWithinHalfACentAndDayAndEveryOtherMentionIsWrong() {
        SampleTruth.DocumentEntities planted = new SampleTruth.DocumentEntities("finance/a.pdf", "",
                List.of("Kestrel Fluidtech GmbH", "Corvid Systems Corp."),
                List.of(new SampleTruth.Amount(new BigDecimal("12480.00"), "EUR"),
                        new SampleTruth.Amount(new BigDecimal("89.50"), "EUR")),
                List.of("2024-06-03", "2024-07-03"));
        List<ExtractionScore.Extracted> extracted = List.of(
                org("Kestrel Fluidtech", "kestrel fluidtech"),
                org("Industriestrasse", "industriestrasse"),
                new ExtractionScore.Extracted("MONEY", "EUR 12,480.00", null, new BigDecimal("12480.004"), "EUR", null),
                new ExtractionScore.Extracted("MONEY", "USD 89.50", null, new BigDecimal("89.50"), "USD", null),
                new ExtractionScore.Extracted("DATE", "3 June 2024", null, null, null, LocalDate.of(2024, 6, 3)),
                new ExtractionScore.Extracted("DATE", "June", null, null, null, null),
                new ExtractionScore.Extracted("TIME", "3 July 2024 at 10:00", null, null, null, LocalDate.of(2024, 7, 3)),
                new ExtractionScore.Extracted("TIME", "10:00", null, null, null, null),
                new ExtractionScore.Extracted("PERSON", "Anna Klein", "anna klein", null, null, null));

        ExtractionScore score = new ExtractionScore();
        score.add("finance/a.pdf|", planted, extracted);
        Map<String, ExtractionScore.TypeScore> byType = score.scores().stream()
                .collect(Collectors.toMap(ExtractionScore.TypeScore::type, Function.identity()));

        ExtractionScore.TypeScore orgs = byType.get("ORGANIZATION");
        assertThat(List.of(orgs.planted(), orgs.found(), orgs.extracted(), orgs.correct())).containsExactly(2L, 1L, 2L, 1L);
        assertThat(orgs.spuriousSurfaces()).containsEntry("Industriestrasse", 1L);
        assertThat(orgs.missedValues()).containsEntry("finance/ corvid systems", 1L);
        ExtractionScore.TypeScore money = byType.get("MONEY");
        assertThat(List.of(money.planted(), money.found(), money.extracted(), money.correct())).containsExactly(2L, 1L, 2L, 1L);
        ExtractionScore.TypeScore dates = byType.get("DATE");
        assertThat(List.of(dates.planted(), dates.found(), dates.extracted(), dates.correct(), dates.withoutValue()))
                .containsExactly(2L, 2L, 3L, 2L, 1L);
        assertThat(dates.precision()).isEqualTo(2 / 3.0);
        assertThat(dates.precisionOfValued()).isEqualTo(1.0);
    }

    @Test
    void ingestsMailboxAndZipMemberNamesMeetTheContractsByFileAndLastName() {
        assertThat(EntityExtractionBench.alias("mail/archive.mbox|/message-3"))
                .isEqualTo(EntityExtractionBench.alias("mail/archive.mbox|/embedded-3"));
        assertThat(EntityExtractionBench.alias("archive/p.zip|/projects/beta/old-drafts.zip/drafts/draft-1.txt"))
                .isEqualTo(EntityExtractionBench.alias("archive/p.zip|/old-drafts.zip/draft-1.txt"));
    }
}
