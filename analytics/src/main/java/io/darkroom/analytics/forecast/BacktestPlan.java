package io.darkroom.analytics.forecast;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Rolling forecast origins for a series of length n: each origin is a training length o, the model
 * forecasts positions o … o+horizon−1 from values 0 … o−1. The last origin leaves exactly
 * {@code horizon} values; earlier ones step back by about a third of the horizon (by 1 when the
 * series is short). Every training window keeps at least two cycles (or half the series).
 *
 * @param horizon the backtest horizon: the requested one, shortened when the series is too short
 * @param origins training lengths, oldest first; empty when the series cannot be backtested at all
 */
record BacktestPlan(int horizon, int[] origins) implements Serializable {
    BacktestPlan {
        origins = origins.clone();
    }

    static BacktestPlan of(int n, int m, int horizon, int maxOrigins) {
        int minTrain = Math.max(4, Math.min(2 * m, n / 2));
        int h = Math.min(horizon, n - minTrain);
        if (h < 1) {
            return new BacktestPlan(0, new int[0]);
        }
        int room = n - h - minTrain;
        int stride = maxOrigins == 1 ? 1 : Math.max(1, Math.min((h + 2) / 3, room / (maxOrigins - 1)));
        int count = Math.min(maxOrigins, room / stride + 1);
        int[] origins = new int[count];
        for (int k = 0; k < count; k++) {
            origins[k] = n - h - (count - 1 - k) * stride;
        }
        return new BacktestPlan(h, origins);
    }

    boolean empty() {
        return origins.length == 0;
    }

    @Override
    public int[] origins() {
        return origins.clone();
    }

    int origin(int k) {
        return origins[k];
    }

    int count() {
        return origins.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BacktestPlan p && horizon == p.horizon && Arrays.equals(origins, p.origins);
    }

    @Override
    public int hashCode() {
        return 31 * horizon + Arrays.hashCode(origins);
    }
}
