package io.darkroom.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SampleTruthJsonTest {
    @TempDir
    Path corpus;

    @Test
    void truthJsonUsesTheContractFieldNamesAndRoundTrips() throws IOException {
        SampleTruth truth = SampleCorpus.generate(corpus, 100, 5);
        Path file = corpus.resolve(SampleTruth.FILE_NAME);

        assertThat(SampleTruth.read(file)).isEqualTo(truth);
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.get("generator").asText()).isEqualTo("darkroom-sample");
        assertThat(json.get("requested_docs").asInt()).isEqualTo(100);
        assertThat(json.get("period").get("start").asText()).isEqualTo("2023-01-01");
        assertThat(json.get("files").has("by_extension")).isTrue();
        assertThat(json.get("files").get("by_status").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("parsed", "failed", "encrypted", "skipped");
        assertThat(json.get("documents").has("top_level")).isTrue();
        assertThat(json.get("invoices").get("amount_total").isTextual()).isTrue();
        assertThat(json.get("invoices").get("amount_per_month").get("2023-01").asText()).matches("\\d+\\.\\d{2}");
        JsonNode patterns = json.get("patterns");
        assertThat(patterns.get("complaint_spike").has("baseline_per_month")).isTrue();
        assertThat(patterns.get("sentiment_drop").has("from_month")).isTrue();
        assertThat(patterns.get("customer_collapse").has("before_per_month")).isTrue();
        assertThat(patterns.get("near_duplicates").get(0).get("paths")).hasSize(2);
        assertThat(json.get("broken").get(0).has("password")).isFalse();
        assertThat(Files.readString(file)).doesNotContain("\r");
    }
}
