package io.darkroom.core.insights;

/**
 * The insights port: what the question layer asks of the insight analyzers ("why did X drop?",
 * "what drives X?", "anything unusual?", "forecast X"). Declared in core so that nlq and analytics
 * meet only here; analytics implements it and app injects the implementation.
 *
 * <p>Contract: every method answers from the warehouse tables named in the query; it returns a
 * result (possibly with no items and a sentence saying so) for a well-formed query and throws
 * {@link io.darkroom.core.DarkroomException} only when the query cannot be answered as asked
 * (unknown measure, too little history), with a message written for a business user.
 */
public interface Insights {
    /** Why the measure changed between the query's baseline and current period, decomposed by dimension. */
    WhyResult why(InsightQuery query);

    /** Which segments (dimension values) explain the measure in the query's scope. */
    DriversResult drivers(InsightQuery query);

    /** Periods where the measure departs from what was expected, at the query's grain. */
    AnomaliesResult anomalies(InsightQuery query);

    /** The measure for the next {@link InsightQuery#horizon()} periods at the query's grain. */
    ForecastResult forecast(InsightQuery query);
}
