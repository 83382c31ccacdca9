package io.darkroom.analytics.insight;

import java.util.List;

/**
 * One finding of the feed. Each kind is a record whose components are its evidence (the numbers);
 * its sentence is generated from those components only ({@link InsightNarrator}), never typed in.
 */
public sealed interface Insight permits DriverInsight, ChangeInsight, AnomalyInsight, ForecastInsight {
    Subject subject();

    InsightScore score();

    String sentence();

    /** The period the insight is about at its grain ("2024-11"), or null. */
    String period();

    /** The segment the insight is about or points to, or null. */
    Segment segment();

    /** Dimension columns the insight involves. */
    List<String> dimensions();

    /** Stable identity across runs: same kind, subject, segment and period give the same id. */
    default String id() {
        String raw = kind() + "|" + subject().key() + "|" + (segment() == null ? "" : segment()) + "|"
                + (period() == null ? "" : period());
        return java.util.UUID.nameUUIDFromBytes(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    /** This insight with its sentence written by the narrator (each kind calls its own template). */
    Insight narrated(InsightNarrator narrator);

    /** This insight with another score. */
    Insight withScore(InsightScore score);

    /** "driver", "change", "anomaly" or "forecast": the kind column of the insights table. */
    String kind();
}
