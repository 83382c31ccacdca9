package io.darkroom.ingest;

import io.darkroom.core.DarkroomException;
import io.darkroom.core.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IngestRequestTest {
    @TempDir
    Path dir;

    @Test
    void missingSourceIsRefusedWithTheContractMessage() {
        String missing = dir.resolve("nope").toString();

        assertThatThrownBy(() -> new IngestRequest(List.of(dir.toString(), missing), null))
                .isInstanceOf(DarkroomException.class)
                .hasMessage("Cannot ingest '" + missing + "': it does not exist; check the path")
                .satisfies(e -> assertThat(((DarkroomException) e).code()).isEqualTo(ErrorCode.SOURCE_NOT_FOUND));
    }

    @Test
    void nullRunIdIsGeneratedFromTimeAndRandomness() {
        IngestRequest a = IngestRequest.of(dir.toString());
        IngestRequest b = IngestRequest.of(dir.toUri().toString());

        assertThat(a.runId()).matches("\\d{8}T\\d{6}Z-[0-9a-f]{6}");
        assertThat(a.runId()).isNotEqualTo(b.runId());
        assertThat(new IngestRequest(List.of(dir.toString()), "nightly-1").runId()).isEqualTo("nightly-1");
    }

    @Test
    void emptySourcesAndOddRunIdsAreRefused() {
        assertThatThrownBy(() -> new IngestRequest(List.of(), null))
                .hasMessage("Cannot ingest nothing: name at least one folder or file");
        assertThatThrownBy(() -> new IngestRequest(List.of(dir.toString()), "a b"))
                .hasMessageStartingWith("Cannot use run id 'a b'");
    }
}
