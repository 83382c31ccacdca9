package io.darkroom.analytics.enrich;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Real CoreNLP, no Spark: the per-document rules. Texts stay small (the pipeline needs ~1-2 GB). */
class DocumentAnnotatorTest {
    static final String INVOICE = """
            INVOICE INV-2024-0173

            From: Nordwind Logistics GmbH, Hamburg
            To: ACME Corp., attention of Jane Doe

            Date: 15 March 2024
            Dear Ms. Doe, please pay EUR 12,480.00 by April 14, 2024. Questions go to billing@nordwind.example or
            see https://nordwind.example/invoices. Last year Acme Corporation paid $1.2 million, up 12.5% on 2022.
            """;

    private final DocumentAnnotator annotator = new DocumentAnnotator(AnnotatorOptions.DEFAULTS,
            new EmailDirectory().add("Billing Team <billing@nordwind.example>").add("Jane Doe <jane.doe@acme.example>"));

    @Test
    void invoiceGivesOrganisationsPeopleMoneyAndIsoDates() {
        AnnotatedDocument d = annotator.annotate(new DocumentInput("inv", INVOICE, null, LocalDate.of(2024, 3, 15)));
        List<Mention> m = d.mentions();
        assertThat(d.skippedReason()).isNull();
        assertThat(m).filteredOn(x -> x.type().equals("ORGANIZATION")).extracting(Mention::canonical)
                .contains("nordwind logistics", "acme");
        assertThat(m).filteredOn(x -> x.type().equals("PERSON")).extracting(Mention::canonical).contains("jane doe");
        assertThat(m).filteredOn(x -> x.type().equals("PERSON") && "jane doe".equals(x.canonical()))
                .extracting(Mention::linkedEmail).contains("jane.doe@acme.example");
        assertThat(m).filteredOn(x -> x.type().equals("MONEY")).extracting(Mention::amount, Mention::currency)
                .contains(org.assertj.core.groups.Tuple.tuple(new BigDecimal("12480.00"), "EUR"),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("1200000"), "USD"));
        assertThat(m).filteredOn(x -> x.type().equals("DATE")).extracting(Mention::date)
                .contains(LocalDate.of(2024, 3, 15), LocalDate.of(2024, 4, 14));
        assertThat(m).filteredOn(x -> x.type().equals("PERCENT")).extracting(Mention::amount).contains(new BigDecimal("0.125"));
        assertThat(m).filteredOn(x -> x.type().equals("EMAIL")).extracting(Mention::linkedPerson).containsExactly("billing team");
        assertThat(m).filteredOn(x -> x.type().equals("URL")).extracting(Mention::text).containsExactly("https://nordwind.example/invoices");
        assertThat(m).allSatisfy(x -> assertThat(INVOICE.substring(x.begin(), x.end())).isEqualTo(x.text()));
    }

    @Test
    void chunkedDocumentsKeepOffsetsAndSentenceNumbersRight() {
        String paragraph = "Globex Corporation signed the contract with Initech in Chicago on 2 May 2024 for USD 40,000.\n\n";
        String text = paragraph.repeat(6);
        AnnotatedDocument d = new DocumentAnnotator(new AnnotatorOptions(40, true), new EmailDirectory())
                .annotate(new DocumentInput("long", text, "en", null));
        assertThat(d.chunkCount()).isGreaterThan(2);
        assertThat(d.sentences()).extracting(SentenceSpan::index).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(d.mentions()).allSatisfy(x -> assertThat(text.substring(x.begin(), x.end())).isEqualTo(x.text()));
        assertThat(d.mentions()).filteredOn(x -> x.type().equals("ORGANIZATION")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(d.mentions()).filteredOn(x -> x.type().equals("MONEY")).extracting(Mention::sentence)
                .containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(d.mentions()).filteredOn(x -> x.type().equals("DATE")).extracting(Mention::date)
                .containsOnly(LocalDate.of(2024, 5, 2));
    }

    @Test
    void nonEnglishTextIsSkippedWithTheReasonAndNoCoreNlpWork() {
        AnnotatedDocument d = annotator.annotate(new DocumentInput("de", "Sehr geehrte Damen und Herren, anbei erhalten Sie "
                + "die Rechnung für die Leistungen im März. Wir bitten um Zahlung innerhalb von 14 Tagen.", null, null));
        assertThat(d.skippedReason()).startsWith("not English");
        assertThat(d.mentions()).isEmpty();
    }
}
