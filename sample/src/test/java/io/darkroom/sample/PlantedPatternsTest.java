package io.darkroom.sample;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlantedPatternsTest {
    @TempDir
    static Path corpus;
    static SampleTruth truth;

    @BeforeAll
    static void generate() {
        truth = SampleCorpus.generate(corpus, 1000, 42);
    }

    @Test
    void invoiceAmountsPeakAtYearEndAndGrowEachYear() {
        Map<String, BigDecimal> perMonth = truth.invoices().amountPerMonth();
        for (String year : List.of("2023", "2024", "2025")) {
            BigDecimal peak = perMonth.get(year + "-11").add(perMonth.get(year + "-12"));
            BigDecimal springAndSummer = perMonth.get(year + "-07").add(perMonth.get(year + "-08"));
            assertThat(peak).as(year).isGreaterThan(springAndSummer);
        }
        assertThat(yearAmount("2023")).isLessThan(yearAmount("2024"));
        assertThat(yearAmount("2024")).isLessThan(yearAmount("2025"));
        assertThat(truth.patterns().invoiceSeasonality().peakMonths()).containsExactly(11, 12);
    }

    @Test
    void complaintSpikeIsAboutSixTimesTheBaseline() {
        SampleTruth.ComplaintSpike spike = truth.patterns().complaintSpike();
        assertThat(spike.tickets()).isGreaterThan((int) (4 * spike.baselinePerMonth()));
        assertThat(spike.region()).isIn("North", "South", "East", "West");
    }

    @Test
    void collapsingCustomerAlmostStopsBuying() {
        SampleTruth.CustomerCollapse collapse = truth.patterns().customerCollapse();
        assertThat(collapse.afterPerMonth()).isLessThan(collapse.beforePerMonth() / 4);
    }

    @Test
    void patternsFallInDifferentMonths() {
        SampleTruth.Patterns p = truth.patterns();
        assertThat(List.of(p.complaintSpike().month(), p.sentimentDrop().fromMonth(), p.customerCollapse().month()))
                .doesNotHaveDuplicates();
        assertThat(p.sentimentDrop().fromMonth()).isLessThan(p.sentimentDrop().toMonth());
    }

    @Test
    void nearDuplicatesDifferInOneSmallEdit() throws IOException {
        List<SampleTruth.NearDuplicate> duplicates = truth.patterns().nearDuplicates();
        assertThat(duplicates).hasSizeBetween(3, 5);
        for (SampleTruth.NearDuplicate duplicate : duplicates) {
            String a = Files.readString(corpus.resolve(duplicate.paths().get(0)));
            String b = Files.readString(corpus.resolve(duplicate.paths().get(1)));
            assertThat(b).isNotEqualTo(a);
            assertThat(Math.abs(b.length() - a.length())).isLessThan(80);
        }
    }

    @Test
    void deliveryMailsAreNegativeExactlyInsideTheDropWindow() throws IOException {
        SampleTruth.SentimentDrop drop = truth.patterns().sentimentDrop();
        List<Path> deliveryMails;
        try (var walk = Files.walk(corpus.resolve("mail"))) {
            deliveryMails = walk.filter(p -> p.getFileName().toString().matches("\\d+-(re-)?delivery-.*\\.eml"))
                    .filter(p -> !p.startsWith(corpus.resolve("mail/saved"))).toList();
        }
        int inside = 0;
        for (Path mail : deliveryMails) {
            String month = corpus.relativize(mail).toString().substring("mail/".length(), "mail/YYYY/MM".length())
                    .replace('/', '-');
            boolean negative = Files.readString(mail).contains("delivery delays");
            boolean inWindow = month.compareTo(drop.fromMonth()) >= 0 && month.compareTo(drop.toMonth()) <= 0;
            assertThat(negative).as(mail + " in " + month).isEqualTo(inWindow);
            inside += inWindow ? 1 : 0;
        }
        assertThat(inside).isGreaterThan(5);
        assertThat(drop.topic()).isEqualTo("delivery delays");
    }

    private static int yearAmount(String year) {
        return truth.invoices().amountPerMonth().entrySet().stream().filter(e -> e.getKey().startsWith(year))
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add).intValue();
    }
}
