package io.darkroom.analytics.anomaly;

import java.util.List;
import java.util.Objects;

/** What {@link SeriesAnomalyDetector#detect} found: an analysis, or the reason there is none. */
public sealed interface AnomalyReport permits AnomalyReport.Analysed, AnomalyReport.NotAnalysed {

    /** Anomalies, most severe first; one per event (a level shift or a run of deviations counts once). */
    List<AnomalyPoint> anomalies();

    /**
     * @param seasonalPeriod   the period used (0 when the candidate was not supported by the data or too weak)
     * @param seasonalStrength 1 - (residual scale with season / residual scale without)^2, both out of sample;
     *                         at most 1, negative when a seasonal term only adds noise
     * @param residualScale    1.4826 * MAD of the out-of-sample residuals, in the model's units (log units when
     *                         multiplicative): the denominator of every severity
     * @param levelShifts      lasting changes of level and sustained deviations, in time order
     */
    record Analysed(int seasonalPeriod, double seasonalStrength, Decomposition decomposition, double residualScale,
                    List<AnomalyPoint> anomalies, List<LevelShift> levelShifts) implements AnomalyReport {
        public Analysed {
            Objects.requireNonNull(decomposition, "decomposition");
            anomalies = List.copyOf(anomalies);
            levelShifts = List.copyOf(levelShifts);
        }
    }

    /** Too little data to tell normal from abnormal; {@code reason} says what is missing. */
    record NotAnalysed(String reason) implements AnomalyReport {
        public NotAnalysed {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public List<AnomalyPoint> anomalies() {
            return List.of();
        }
    }
}
