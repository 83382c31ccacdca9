package io.darkroom.analytics.insight;

/**
 * Budgets and thresholds of the insight feed. Defaults are chosen for a share of a few thousand to a
 * few million documents on a small machine; each is documented where it is used.
 *
 * @param minRows            a scope or segment needs this many rows to be analysed
 * @param maxDimensionValues dimensions with more distinct values are identifiers or free text, not slices
 * @param topSegments        per dimension, the series of this many largest segments are checked for anomalies
 * @param minPeriods         a series needs this many periods for anomalies and forecasts
 * @param horizon            forecast horizon in periods
 * @param coverage           nominal coverage of forecast intervals
 * @param top                insights kept in the feed
 */
public record FeedOptions(int minRows, int maxDimensionValues, int topSegments, int minPeriods, int horizon,
                          double coverage, int top) {
    public FeedOptions {
        if (minRows < 1 || maxDimensionValues < 2 || topSegments < 0 || minPeriods < 4 || horizon < 1
                || !(coverage > 0 && coverage < 1) || top < 1) {
            throw new IllegalArgumentException("Cannot configure the insight feed with " + minRows + "/" + maxDimensionValues
                    + "/" + topSegments + "/" + minPeriods + "/" + horizon + "/" + coverage + "/" + top);
        }
    }

    public static FeedOptions defaults() {
        return new FeedOptions(30, 200, 5, 12, 6, 0.8, 50);
    }
}
