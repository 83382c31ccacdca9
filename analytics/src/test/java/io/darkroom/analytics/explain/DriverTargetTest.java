package io.darkroom.analytics.explain;

import io.darkroom.analytics.insight.MeasureFold;
import io.darkroom.core.DarkroomException;
import io.darkroom.core.ErrorKind;
import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.Measure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DriverTargetTest {
    @Test
    void aShareIsExplainedAsItsOutcome() {
        Measure share = new Measure("negative_share", "share of negative documents", "facts", Aggregation.SHARE,
                "sentiment_label", "negative", null, List.of());
        assertThat(DriverTarget.of(new MeasureFold(share), Direction.HIGH))
                .isEqualTo(new DriverTarget.Outcome("sentiment_label", "negative"));
    }

    @Test
    void anAverageOrSumIsExplainedAtTheAskedEnd() {
        Measure average = new Measure("avg_sentiment", "average sentiment", "facts", Aggregation.AVERAGE,
                "sentiment", null, null, List.of());
        Measure total = new Measure("total_amount", "total amount", "facts", Aggregation.SUM, "amount", null,
                "EUR", List.of());
        assertThat(DriverTarget.of(new MeasureFold(average), Direction.LOW))
                .isEqualTo(new DriverTarget.Continuous("sentiment", Direction.LOW));
        assertThat(DriverTarget.of(new MeasureFold(total), Direction.HIGH))
                .isEqualTo(new DriverTarget.Continuous("amount", Direction.HIGH));
    }

    @Test
    void aCountHasNoRowLevelTargetAndSaysWhatToAskInstead() {
        Measure documents = new Measure("documents", "documents", "facts", Aggregation.COUNT, null, null, null,
                List.of());
        assertThatThrownBy(() -> DriverTarget.of(new MeasureFold(documents), Direction.HIGH))
                .isInstanceOfSatisfying(DarkroomException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.USER_INPUT))
                .hasMessage("Cannot explain 'documents': a count has no value per row to compare segments on;"
                        + " ask what drives a share (such as the share of negative documents) or an average or"
                        + " total of a numeric column");
    }
}
