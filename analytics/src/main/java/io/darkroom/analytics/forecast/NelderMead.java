package io.darkroom.analytics.forecast;

import java.util.function.ToDoubleFunction;

/** A small unconstrained Nelder-Mead minimiser: enough for three smoothing parameters, no library needed. */
final class NelderMead {
    private NelderMead() {
    }

    static double[] minimize(ToDoubleFunction<double[]> f, double[] start, double step, int maxEvaluations, double tolerance) {
        int d = start.length;
        double[][] simplex = new double[d + 1][];
        double[] values = new double[d + 1];
        simplex[0] = start.clone();
        for (int i = 0; i < d; i++) {
            simplex[i + 1] = start.clone();
            simplex[i + 1][i] += step;
        }
        for (int i = 0; i <= d; i++) {
            values[i] = f.applyAsDouble(simplex[i]);
        }
        int evaluations = d + 1;
        while (evaluations < maxEvaluations) {
            sort(simplex, values);
            if (Math.abs(values[d] - values[0]) <= tolerance * (Math.abs(values[0]) + 1e-12)) {
                break;
            }
            double[] centroid = new double[d];
            for (int i = 0; i < d; i++) {
                for (int k = 0; k < d; k++) {
                    centroid[k] += simplex[i][k] / d;
                }
            }
            double[] reflected = along(centroid, simplex[d], -1);
            double fr = f.applyAsDouble(reflected);
            evaluations++;
            if (fr < values[0]) {
                double[] expanded = along(centroid, simplex[d], -2);
                double fe = f.applyAsDouble(expanded);
                evaluations++;
                replaceWorst(simplex, values, fe < fr ? expanded : reflected, Math.min(fe, fr));
            } else if (fr < values[d - 1]) {
                replaceWorst(simplex, values, reflected, fr);
            } else {
                double[] contracted = fr < values[d] ? along(centroid, simplex[d], -0.5) : along(centroid, simplex[d], 0.5);
                double fc = f.applyAsDouble(contracted);
                evaluations++;
                if (fc < Math.min(fr, values[d])) {
                    replaceWorst(simplex, values, contracted, fc);
                } else {
                    for (int i = 1; i <= d; i++) {
                        simplex[i] = along(simplex[0], simplex[i], 0.5);
                        values[i] = f.applyAsDouble(simplex[i]);
                    }
                    evaluations += d;
                }
            }
        }
        sort(simplex, values);
        return simplex[0];
    }

    /** centroid + t·(point − centroid). */
    private static double[] along(double[] centroid, double[] point, double t) {
        double[] out = new double[centroid.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = centroid[k] + t * (point[k] - centroid[k]);
        }
        return out;
    }

    private static void replaceWorst(double[][] simplex, double[] values, double[] point, double value) {
        simplex[simplex.length - 1] = point;
        values[values.length - 1] = value;
    }

    private static void sort(double[][] simplex, double[] values) {
        for (int i = 1; i < values.length; i++) {
            for (int j = i; j > 0 && values[j] < values[j - 1]; j--) {
                double v = values[j];
                values[j] = values[j - 1];
                values[j - 1] = v;
                double[] p = simplex[j];
                simplex[j] = simplex[j - 1];
                simplex[j - 1] = p;
            }
        }
    }
}
