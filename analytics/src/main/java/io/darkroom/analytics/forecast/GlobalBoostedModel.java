package io.darkroom.analytics.forecast;

import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.regression.GBTRegressionModel;
import org.apache.spark.ml.regression.GBTRegressor;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * One gradient-boosted tree model learned across all series of a call (the global approach that won
 * M5): every row is (series, origin, step) with the history before the origin divided by the series'
 * level, and the target is the value {@code step} periods ahead on the same scale; one model serves
 * every horizon (direct, not recursive). It is trained twice: on the history before each series'
 * first backtest origin, to backtest it like the per-series models, and on everything, to forecast.
 */
final class GlobalBoostedModel {
    private static final Logger LOG = LoggerFactory.getLogger(GlobalBoostedModel.class);
    static final String NAME = "gbt";

    private final ForecastConfig config;

    GlobalBoostedModel(ForecastConfig config) {
        this.config = config;
    }

    List<SeriesCandidates> addCandidates(SparkSession spark, List<TimeSeries> series, List<SeriesCandidates> candidates, int horizon) {
        int m = series.get(0).seasonalPeriod();
        Features features = new Features(m, horizon);
        int[] backtestEnds = new int[series.size()];
        int[] ends = new int[series.size()];
        for (int i = 0; i < series.size(); i++) {
            BacktestPlan plan = candidates.get(i).plan();
            backtestEnds[i] = plan.empty() ? 0 : plan.origin(0);
            ends[i] = series.get(i).length();
        }
        GBTRegressionModel backtestModel = train(spark, series, backtestEnds, features);
        GBTRegressionModel finalModel = train(spark, series, ends, features);
        if (backtestModel == null || finalModel == null) {
            LOG.warn("Global GBT skipped: too little history across {} series", series.size());
            return candidates;
        }
        List<SeriesCandidates> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < series.size(); i++) {
            SeriesCandidates c = candidates.get(i);
            double[] y = series.get(i).values();
            if (c.plan().empty() || y.length < 2 || series.get(i).seasonalPeriod() != m) {
                out.add(c);
                continue;
            }
            double[][] errors = new double[c.plan().count()][c.plan().horizon()];
            for (int k = 0; k < errors.length; k++) {
                int origin = c.plan().origin(k);
                double[] f = predict(backtestModel, features, y, origin, c.plan().horizon());
                for (int j = 0; j < errors[k].length; j++) {
                    errors[k][j] = y[origin + j] - f[j];
                }
            }
            out.add(c.with(Candidate.of(NAME, errors, c.maseScales(), predict(finalModel, features, y, y.length, horizon))));
        }
        return out;
    }

    private static double[] predict(GBTRegressionModel model, Features features, double[] y, int origin, int horizon) {
        double scale = features.scale(y, origin);
        double[] f = new double[horizon];
        for (int step = 1; step <= horizon; step++) {
            f[step - 1] = scale * model.predict(Vectors.dense(features.row(y, origin, step, scale)));
        }
        return f;
    }

    /** Trains on targets before {@code ends[i]} of each series, origins spread evenly; null when there are no rows. */
    private GBTRegressionModel train(SparkSession spark, List<TimeSeries> series, int[] ends, Features features) {
        int perSeries = Math.max(1, config.gbtTrainingRows() / Math.max(1, series.size()) / features.horizon());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            double[] y = series.get(i).values();
            int first = Math.min(features.minOrigin(), ends[i] - 1);
            int last = ends[i] - 1;  // the origin whose one-step target is the last usable value
            if (first < 2 || last < first || series.get(i).seasonalPeriod() != features.m()) {
                continue;
            }
            int count = Math.min(perSeries, last - first + 1);
            for (int c = 0; c < count; c++) {
                int origin = last - (int) ((long) c * (last - first) / Math.max(1, count - 1));
                double scale = features.scale(y, origin);
                for (int step = 1; step <= features.horizon() && origin + step - 1 < ends[i]; step++) {
                    rows.add(RowFactory.create(Vectors.dense(features.row(y, origin, step, scale)), y[origin + step - 1] / scale));
                }
            }
        }
        if (rows.size() < 50) {
            return null;
        }
        StructType schema = new StructType().add("features", new VectorUDT(), false).add("label", DataTypes.DoubleType, false);
        LOG.info("Training the global GBT on {} rows", rows.size());
        return new GBTRegressor().setMaxIter(config.gbtIterations()).setMaxDepth(config.gbtDepth()).setStepSize(0.1)
                .setSubsamplingRate(0.8).setSeed(42).fit(spark.createDataFrame(rows, schema));
    }

    /**
     * The feature vector of (origin, step): the last {@code lags} values, the value one cycle before
     * the target, all divided by the level; the step; the target's phase in the cycle as two Fourier
     * pairs; and the recent growth.
     */
    record Features(int m, int horizon) {
        int lags() {
            return Math.max(12, Math.min(2 * m, 60));
        }

        int window() {
            return Math.max(m, 4);
        }

        int minOrigin() {
            return Math.max(window(), m);
        }

        double scale(double[] y, int origin) {
            int from = Math.max(0, origin - window());
            double sum = 0;
            for (int t = from; t < origin; t++) {
                sum += Math.abs(y[t]);
            }
            double level = sum / (origin - from);
            return level > 0 ? level : 1;
        }

        double[] row(double[] y, int origin, int step, double scale) {
            int lags = lags();
            double[] x = new double[lags + 7];
            for (int i = 1; i <= lags; i++) {
                x[i - 1] = y[Math.max(0, origin - i)] / scale;
            }
            int cycles = m > 1 ? (step + m - 1) / m : step;
            int seasonalLag = origin + step - 1 - (m > 1 ? m : 1) * cycles;
            x[lags] = y[Math.max(0, seasonalLag)] / scale;
            x[lags + 1] = step;
            double phase = m > 1 ? 2 * Math.PI * ((origin + step - 1) % m) / m : 0;
            x[lags + 2] = Math.sin(phase);
            x[lags + 3] = Math.cos(phase);
            x[lags + 4] = Math.sin(2 * phase);
            x[lags + 5] = Math.cos(2 * phase);
            int w = window();
            double recent = scale;
            double before = origin - 2 * w >= 0 ? scale(y, origin - w) : recent;
            x[lags + 6] = recent / before - 1;
            return x;
        }
    }
}
