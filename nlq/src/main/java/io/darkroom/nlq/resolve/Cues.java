package io.darkroom.nlq.resolve;

import io.darkroom.nlq.analyze.DateSpec;

import java.util.List;

/**
 * What the question's function words say it wants, independent of the catalog: counting or
 * averaging, a time grain, a ranking, a comparison, an insight kind, a search, a follow-up.
 *
 * @param grain      the time grain asked for ("per month", "monthly", "over time"), or null
 * @param groupBy    character offsets right after "by", "per", "for each", "broken down by"
 * @param negations  character offsets right after "not", "excluding", "except", "other than", ...
 * @param consumed   [start, end) character spans already explained (grain, rank, numbers): not catalog words
 * @param horizon    periods to forecast (0 when not a forecast)
 */
public record Cues(boolean count, Aggregate aggregate, DateSpec.Unit grain, boolean why, boolean drivers,
                   boolean anomalies, boolean forecast, int horizon, CompareCue compare, boolean search,
                   boolean lookup, boolean followUp, List<Integer> groupBy, List<Integer> negations,
                   List<int[]> consumed) {
    public enum Aggregate { NONE, SUM, AVERAGE, MAX, MIN }

    public enum CompareCue { NONE, VERSUS, PREVIOUS_PERIOD, YEAR_OVER_YEAR, SHARE }

    public Cues {
        groupBy = List.copyOf(groupBy);
        negations = List.copyOf(negations);
        consumed = List.copyOf(consumed);
    }

    public boolean consumes(int start, int end) {
        return consumed.stream().anyMatch(s -> start < s[1] && end > s[0]);
    }

    public boolean anyInsight() {
        return why || drivers || anomalies || forecast;
    }
}
