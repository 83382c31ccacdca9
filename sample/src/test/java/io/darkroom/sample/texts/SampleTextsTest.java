package io.darkroom.sample.texts;

import io.darkroom.sample.SampleCorpus;
import io.darkroom.sample.SampleTruth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SampleTextsTest {
    @TempDir
    Path corpus;

    @Test
    void everyLabelledDocumentGetsItsTextAndTheLabelsMatchTheTypeCounts() {
        SampleTruth truth = SampleCorpus.generate(corpus, 150, 7);
        List<SampleText> texts = SampleTexts.read(corpus, truth);

        assertThat(truth.documentLabels()).hasSize(truth.documents().total());
        assertThat(texts).hasSize(truth.documents().total());
        Map<String, Long> byType = texts.stream().collect(Collectors.groupingBy(SampleText::type, Collectors.counting()));
        truth.documents().byType().forEach((type, n) -> assertThat(byType.getOrDefault(type, 0L)).as(type).isEqualTo(n.longValue()));
        Map<String, SampleText> byKey = texts.stream()
                .collect(Collectors.toMap(t -> t.path() + "|" + t.embeddedPath(), Function.identity()));

        texts.stream().filter(t -> t.type().equals("invoice"))
                .forEach(t -> assertThat(t.text().strip()).startsWith("INVOICE"));
        texts.stream().filter(t -> t.type().equals("ticket"))
                .forEach(t -> assertThat(t.text().strip()).startsWith("SUPPORT TICKET"));
        texts.stream().filter(t -> t.type().equals("meeting_notes"))
                .forEach(t -> assertThat(t.text().strip().toUpperCase()).startsWith("MEETING NOTES"));
        texts.stream().filter(t -> t.type().equals("email"))
                .forEach(t -> assertThat(t.mime()).isEqualTo("message/rfc822"));
        texts.stream().filter(t -> t.mime().equals("message/rfc822"))
                .forEach(t -> assertThat(t.text()).doesNotContain("Content-Type").isNotBlank());
        assertThat(byKey.get("archive/projects-2024.zip|/projects/beta-sensor-rollout/old-drafts.zip/drafts/draft-2.txt")
                .text()).contains("Draft 2");
        assertThat(texts.stream().filter(t -> t.path().endsWith(".rtf")).findFirst().orElseThrow().text())
                .doesNotContain("\\par").doesNotContain("fonttbl");
        assertThat(texts.stream().filter(t -> t.embeddedPath().endsWith(".pdf")).findFirst().orElseThrow().text())
                .containsAnyOf("QUOTATION", "STATEMENT OF ACCOUNT");
        assertThat(texts.get(0).docId()).matches("[0-9a-f]{64}");
    }
}
