package io.darkroom.analytics.forecast;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * The forecast of one series: the next {@code point.length} values with a {@code coverage} prediction
 * interval, the model chosen for it and how that model did on the series' own history.
 *
 * @param model                     the chosen model's name, with the reason in parentheses when it is a fallback
 *                                  ("naive (too short to backtest: 3 values)")
 * @param backtestMase              the chosen model's mean absolute scaled error over the rolling-origin backtest
 *                                  (scaled by the in-sample seasonal-naive MAE); NaN when there was no backtest
 * @param seasonalNaiveBacktestMase seasonal naive's MASE on the same origins, the bar the model has to clear
 * @param backtestOrigins           how many forecast origins the backtest used (0 = none)
 */
public record SeriesForecast(String seriesId, String model, Seasonality seasonality, double[] point, double[] lower,
                             double[] upper, double coverage, double backtestMase, double seasonalNaiveBacktestMase,
                             int backtestOrigins) implements Serializable {
    public SeriesForecast {
        Objects.requireNonNull(seriesId, "seriesId");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(seasonality, "seasonality");
        point = point.clone();
        lower = lower.clone();
        upper = upper.clone();
        if (lower.length != point.length || upper.length != point.length) {
            throw new IllegalArgumentException("point, lower and upper differ in length: " + point.length + ", "
                    + lower.length + ", " + upper.length);
        }
        for (int j = 0; j < point.length; j++) {
            if (!(lower[j] <= point[j] && point[j] <= upper[j])) {
                throw new IllegalArgumentException("step " + (j + 1) + ": interval [" + lower[j] + ", " + upper[j]
                        + "] does not contain the point " + point[j]);
            }
        }
        if (!(coverage > 0 && coverage < 1)) {
            throw new IllegalArgumentException("coverage must be in (0, 1), was " + coverage);
        }
    }

    @Override
    public double[] point() {
        return point.clone();
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }

    public int horizon() {
        return point.length;
    }

    /** The model's name without the fallback reason and without a combination's members, for counting which models win. */
    public String modelFamily() {
        int paren = model.indexOf(" (");
        String name = paren < 0 ? model : model.substring(0, paren);
        return name.startsWith("combination of ") ? "combination" : name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeriesForecast f && seriesId.equals(f.seriesId) && model.equals(f.model)
                && seasonality.equals(f.seasonality) && Arrays.equals(point, f.point) && Arrays.equals(lower, f.lower)
                && Arrays.equals(upper, f.upper) && Double.compare(coverage, f.coverage) == 0
                && Double.compare(backtestMase, f.backtestMase) == 0
                && Double.compare(seasonalNaiveBacktestMase, f.seasonalNaiveBacktestMase) == 0
                && backtestOrigins == f.backtestOrigins;
    }

    @Override
    public int hashCode() {
        return Objects.hash(seriesId, model, Arrays.hashCode(point));
    }

    @Override
    public String toString() {
        return "SeriesForecast[" + seriesId + ", " + model + ", h=" + point.length + ", " + seasonality
                + ", backtest MASE " + String.format("%.3f", backtestMase) + "]";
    }
}
