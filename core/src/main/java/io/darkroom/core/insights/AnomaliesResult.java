package io.darkroom.core.insights;

import java.util.List;
import java.util.Objects;

/** Periods where a measure departed from its expected value, most severe first. */
public record AnomaliesResult(String sentence, List<Anomaly> anomalies) {
    public AnomaliesResult {
        Objects.requireNonNull(sentence, "sentence");
        anomalies = List.copyOf(anomalies);
    }

    /** @param period the period label at the query's grain ("1997-03"); rootCause may be null */
    public record Anomaly(String period, double observed, double expected, double severity, String rootCause) {
    }
}
