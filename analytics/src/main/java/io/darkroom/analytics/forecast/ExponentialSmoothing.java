package io.darkroom.analytics.forecast;

/**
 * Simple and (damped) trend exponential smoothing fitted by minimising the in-sample one-step squared
 * error. The initial state enters the one-step forecasts linearly, so for given smoothing parameters
 * it is solved exactly by least squares; only the smoothing parameters are searched.
 */
final class ExponentialSmoothing {
    private static final double MIN_PARAM = 1e-4;
    private static final double MAX_PARAM = 1 - 1e-4;

    private ExponentialSmoothing() {
    }

    /** A fitted simple exponential smoothing: flat forecasts at {@code level}. */
    record SesFit(double alpha, double level, double sse) {
    }

    /** A fitted trend model: forecasts level + (φ + … + φ^j)·trend. */
    record TrendFit(double alpha, double beta, double phi, double level, double trend, double sse) {
        double[] forecast(int h) {
            double[] f = new double[h];
            double damping = 0;
            double power = 1;
            for (int j = 0; j < h; j++) {
                power *= phi;
                damping += power;
                f[j] = level + damping * trend;
            }
            return f;
        }
    }

    static SesFit ses(double[] y) {
        if (y.length == 1) {
            return new SesFit(MAX_PARAM, y[0], 0);
        }
        // Coarse grid, then golden section around the best cell: SSE(alpha) can have several minima.
        double best = MIN_PARAM;
        double bestSse = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= 20; i++) {
            double a = Math.max(MIN_PARAM, Math.min(MAX_PARAM, i / 20.0));
            double sse = ses(y, a).sse();
            if (sse < bestSse) {
                bestSse = sse;
                best = a;
            }
        }
        double lo = Math.max(MIN_PARAM, best - 0.05);
        double hi = Math.min(MAX_PARAM, best + 0.05);
        double ratio = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 25; i++) {
            double a = hi - ratio * (hi - lo);
            double b = lo + ratio * (hi - lo);
            if (ses(y, a).sse() < ses(y, b).sse()) {
                hi = b;
            } else {
                lo = a;
            }
        }
        SesFit refined = ses(y, (lo + hi) / 2);
        return refined.sse() <= bestSse ? refined : ses(y, best);
    }

    /** SES with a given alpha and the least-squares initial level. */
    static SesFit ses(double[] y, double alpha) {
        // one-step forecast of y[t] = a + b * l0, with a, b following the level recursion
        double a = 0;
        double b = 1;
        double sbb = 0;
        double sbr = 0;
        for (double v : y) {
            sbb += b * b;
            sbr += b * (v - a);
            a = alpha * v + (1 - alpha) * a;
            b = (1 - alpha) * b;
        }
        double l0 = sbb > 0 ? sbr / sbb : y[0];
        double level = l0;
        double sse = 0;
        for (double v : y) {
            sse += (v - level) * (v - level);
            level = alpha * v + (1 - alpha) * level;
        }
        return new SesFit(alpha, level, sse);
    }

    /** Holt's linear trend (phi = 1). */
    static TrendFit holt(double[] y) {
        return trend(y, 1, 1);
    }

    /** Gardner and McKenzie's damped trend, phi searched in [0.8, 0.98] as in R's forecast::ets. */
    static TrendFit damped(double[] y) {
        return trend(y, 0.8, 0.98);
    }

    private static TrendFit trend(double[] y, double phiMin, double phiMax) {
        if (y.length < 3) {
            double slope = y.length == 2 ? y[1] - y[0] : 0;
            return new TrendFit(MAX_PARAM, MIN_PARAM, phiMax, y[y.length - 1], slope, 0);
        }
        double[] bestStart = null;
        double bestSse = Double.POSITIVE_INFINITY;
        for (double a : new double[] {0.1, 0.3, 0.6, 0.9}) {
            for (double u : new double[] {0.05, 0.3}) {
                for (double p : phiMin == phiMax ? new double[] {phiMin} : new double[] {0.85, 0.95}) {
                    double[] z = {logit(a), logit(u), logit((p - phiMin) / Math.max(1e-9, phiMax - phiMin))};
                    double sse = trend(y, z, phiMin, phiMax).sse();
                    if (sse < bestSse) {
                        bestSse = sse;
                        bestStart = z;
                    }
                }
            }
        }
        double[] z = NelderMead.minimize(p -> trend(y, p, phiMin, phiMax).sse(), bestStart, 0.5, 400, 1e-9);
        TrendFit fit = trend(y, z, phiMin, phiMax);
        return fit.sse() <= bestSse ? fit : trend(y, bestStart, phiMin, phiMax);
    }

    /** Parameters from unconstrained z: alpha in (0,1), beta = alpha·u below alpha, phi in [phiMin, phiMax]. */
    private static TrendFit trend(double[] y, double[] z, double phiMin, double phiMax) {
        double alpha = clamp(logistic(z[0]));
        double beta = clamp(alpha * logistic(z[1]));
        double phi = phiMin + (phiMax - phiMin) * logistic(z[2]);
        return trend(y, alpha, beta, phi);
    }

    static TrendFit trend(double[] y, double alpha, double beta, double phi) {
        // States are linear in (l0, b0): track the response to the data (f), to l0 = 1 (g) and to b0 = 1 (k).
        double fl = 0, fb = 0, gl = 1, gb = 0, kl = 0, kb = 1;
        double sgg = 0, sgk = 0, skk = 0, sgr = 0, skr = 0;
        for (double v : y) {
            double f = fl + phi * fb;
            double g = gl + phi * gb;
            double k = kl + phi * kb;
            double r = v - f;
            sgg += g * g;
            sgk += g * k;
            skk += k * k;
            sgr += g * r;
            skr += k * r;
            double nfl = alpha * v + (1 - alpha) * f;
            double ngl = (1 - alpha) * g;
            double nkl = (1 - alpha) * k;
            fb = beta * (nfl - fl) + (1 - beta) * phi * fb;
            gb = beta * (ngl - gl) + (1 - beta) * phi * gb;
            kb = beta * (nkl - kl) + (1 - beta) * phi * kb;
            fl = nfl;
            gl = ngl;
            kl = nkl;
        }
        double ridge = 1e-9 * (sgg + skk) + 1e-300;
        double det = (sgg + ridge) * (skk + ridge) - sgk * sgk;
        double l0 = ((skk + ridge) * sgr - sgk * skr) / det;
        double b0 = ((sgg + ridge) * skr - sgk * sgr) / det;
        // SSE by a second pass: the closed form would cancel badly on large levels.
        double level = l0;
        double trend = b0;
        double sse = 0;
        for (double v : y) {
            double f = level + phi * trend;
            sse += (v - f) * (v - f);
            double next = alpha * v + (1 - alpha) * f;
            trend = beta * (next - level) + (1 - beta) * phi * trend;
            level = next;
        }
        return new TrendFit(alpha, beta, phi, level, trend, Double.isFinite(sse) ? sse : Double.MAX_VALUE);
    }

    private static double logistic(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double logit(double p) {
        double q = Math.max(1e-6, Math.min(1 - 1e-6, p));
        return Math.log(q / (1 - q));
    }

    private static double clamp(double p) {
        return Math.max(MIN_PARAM, Math.min(MAX_PARAM, p));
    }
}
