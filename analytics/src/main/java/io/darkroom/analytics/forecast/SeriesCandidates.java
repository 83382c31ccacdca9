package io.darkroom.analytics.forecast;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every candidate model's backtest on one series, and the scales that make its errors comparable
 * across origins; {@link #choose} turns it into the series' forecast. Kept as data so that candidates
 * computed in different places (per-series models on executors, the global model on the driver)
 * meet before the choice.
 *
 * @param intervalScales one per origin: the training window's level, mean |value| over its last cycle (all 1 when any is 0)
 * @param maseScales     one per origin: the training window's in-sample seasonal-naive MAE (never 0)
 * @param finalScale     the interval scale of the whole history
 * @param note           why the series got a fallback treatment, empty when it did not
 */
record SeriesCandidates(String seriesId, int length, int seasonalPeriod, Seasonality seasonality, BacktestPlan plan,
                        double[] intervalScales, double[] maseScales, double finalScale, String note,
                        List<Candidate> candidates) implements Serializable {
    private static final int COMBINED = 3;
    /** The default forecast on short series: the mean of these candidates (see {@link #choose}). */
    private static final List<String> FIXED = List.of("damped", "theta");
    /** Below this many values the fixed combination is the default. */
    private static final int SHORT = 100;
    /** A challenger's backtest MASE must be below this fraction of the fixed combination's. */
    private static final double CLEAR_WIN = 0.7;

    SeriesCandidates {
        intervalScales = intervalScales.clone();
        maseScales = maseScales.clone();
        candidates = List.copyOf(candidates);
    }

    SeriesCandidates with(Candidate candidate) {
        List<Candidate> all = new ArrayList<>(candidates);
        all.add(candidate);
        return new SeriesCandidates(seriesId, length, seasonalPeriod, seasonality, plan, intervalScales, maseScales,
                finalScale, note, all);
    }

    /**
     * The candidate with the lowest backtest MASE (the earliest listed on a tie), with its interval.
     * The mean of the {@value #COMBINED} best candidates competes too: picking one model by a short
     * backtest is noisy.
     *
     * <p>On a short history (under {@value #SHORT} values) the backtest's origins are few and overlap,
     * too thin to pick by, and the default is a fixed combination, the mean of damped trend and Theta
     * (forecast combination is known to beat noisy selection). Another per-series candidate (a single
     * model or the best-three mean) replaces it there only when its backtest MASE is below
     * {@value #CLEAR_WIN} of the combination's, a win a few origins can still show (a clean cycle for
     * seasonal naive, a random walk for naive). The global GBT never does on a short history: its
     * backtest model there learns from little, and letting it challenge took M3 quarterly MASE from
     * 1.081 to 1.104. SES left the combination because, on a validation split of M3 (each series'
     * last h training values held out), the mean of Theta and damped was better on quarterly
     * (sMAPE/MASE 9.332/1.109 against 9.404/1.146) and equal on monthly (10.621/0.865 against
     * 10.597/0.865). Long histories keep the plain choice, which a fixed default made worse (M4
     * hourly, 700+ values: 13.5 to 14.8). The thresholds are one rule for every series and
     * frequency, not fitted per data set.
     */
    SeriesForecast choose(double coverage) {
        List<Candidate> all = new ArrayList<>(candidates);
        if (!plan.empty() && candidates.size() > COMBINED) {
            all.add(combination());
        }
        Candidate best = all.stream().min(Comparator.comparingDouble(Candidate::mase)).orElseThrow();
        Candidate fixed = fixedCombination();
        if (fixed != null && length < SHORT) {
            Candidate challenger = all.stream().filter(c -> !usesGlobalModel(c))
                    .min(Comparator.comparingDouble(Candidate::mase)).orElse(fixed);
            best = challenger.mase() < CLEAR_WIN * fixed.mase() ? challenger : fixed;
        }
        double[] point = best.point();
        double[][] errors = best.errors();
        double[][] bounds;
        if (errors.length == 0) {
            bounds = new double[][] {point, point};
        } else {
            bounds = EmpiricalInterval.fit(errors, intervalScales, coverage).apply(point, finalScale);
        }
        double seasonalNaive = candidates.stream().filter(c -> c.model().equals("snaive")).mapToDouble(Candidate::mase)
                .findFirst().orElse(Double.NaN);
        String model = note.isEmpty() ? best.model() : best.model() + " (" + note + ")";
        return new SeriesForecast(seriesId, model, seasonality, point, bounds[0], bounds[1], coverage,
                plan.empty() ? Double.NaN : best.mase(), plan.empty() ? Double.NaN : seasonalNaive, plan.count());
    }

    /** Whether the global model is the candidate or one of the candidates it averages. */
    private static boolean usesGlobalModel(Candidate c) {
        return c.model().equals(GlobalBoostedModel.NAME) || c.model().contains(" " + GlobalBoostedModel.NAME);
    }

    /** The mean of {@link #FIXED}, or null when the series could not be backtested or a member is missing. */
    private Candidate fixedCombination() {
        if (plan.empty() || !FIXED.stream().allMatch(name -> candidates.stream().anyMatch(c -> c.model().equals(name)))) {
            return null;
        }
        return mean("combination of " + String.join(" + ", FIXED), FIXED.stream().map(this::candidate).toList());
    }

    /** Mean forecast of the best candidates by backtest MASE; its backtest errors are the mean of theirs. */
    private Candidate combination() {
        List<Candidate> top = candidates.stream().sorted(Comparator.comparingDouble(Candidate::mase)).limit(COMBINED).toList();
        return mean("combination of " + String.join(" + ", top.stream().map(Candidate::model).toList()), top);
    }

    private Candidate mean(String name, List<Candidate> members) {
        double[] point = new double[members.get(0).point().length];
        double[][] errors = new double[plan.count()][plan.horizon()];
        for (Candidate c : members) {
            double[] p = c.point();
            double[][] e = c.errors();
            for (int j = 0; j < point.length; j++) {
                point[j] += p[j] / members.size();
            }
            for (int k = 0; k < errors.length; k++) {
                for (int j = 0; j < errors[k].length; j++) {
                    errors[k][j] += e[k][j] / members.size();
                }
            }
        }
        return Candidate.of(name, errors, maseScales, point);
    }

    Candidate candidate(String model) {
        return candidates.stream().filter(c -> c.model().equals(model)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("no candidate " + model + " for series " + seriesId));
    }
}
