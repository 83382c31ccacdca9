package io.darkroom.analytics.enrich;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnrichmentStageTest {
    @Test
    void annotationTasksFollowTheTextNotTheDocumentCount() {
        assertThat(EnrichmentStage.annotationTasks(new AnnotationWorkload(1_500, 780_000), 2)).isEqualTo(49);
        assertThat(EnrichmentStage.annotationTasks(new AnnotationWorkload(20, 780_000), 2)).isEqualTo(20);
        assertThat(EnrichmentStage.annotationTasks(new AnnotationWorkload(300, 1_000), 2)).isEqualTo(2);
        assertThat(EnrichmentStage.annotationTasks(new AnnotationWorkload(1, 1_000), 2)).isEqualTo(1);
        assertThat(EnrichmentStage.annotationTasks(new AnnotationWorkload(0, 0), 2)).isEqualTo(1);
    }

    @Test
    void workloadRejectsNegativeSizes() {
        assertThatThrownBy(() -> new AnnotationWorkload(-1, 0))
                .hasMessage("Cannot size an annotation of -1 documents and 0 characters: both must be >= 0");
    }
}
