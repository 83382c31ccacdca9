package io.darkroom.analytics.forecast;

import java.io.Serializable;

/**
 * One model's record on one series: its signed errors (actual − forecast) at every backtest origin
 * and step, its mean MASE over the origins, and its forecast from the whole history.
 */
record Candidate(String model, double[][] errors, double mase, double[] point) implements Serializable {
    Candidate {
        errors = copy(errors);
        point = point.clone();
    }

    /** MASE per origin (each origin's errors over its own training scale), averaged over origins. */
    static Candidate of(String model, double[][] errors, double[] maseScales, double[] point) {
        double sum = 0;
        for (int k = 0; k < errors.length; k++) {
            double mae = 0;
            for (double e : errors[k]) {
                mae += Math.abs(e);
            }
            sum += mae / errors[k].length / maseScales[k];
        }
        double mase = errors.length == 0 ? Double.NaN : sum / errors.length;
        return new Candidate(model, errors, Double.isNaN(mase) && errors.length > 0 ? Double.POSITIVE_INFINITY : mase, point);
    }

    @Override
    public double[][] errors() {
        return copy(errors);
    }

    @Override
    public double[] point() {
        return point.clone();
    }

    private static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}
