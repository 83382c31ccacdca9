package io.darkroom.analytics.explain;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.regression.RandomForestRegressionModel;
import org.apache.spark.ml.regression.RandomForestRegressor;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.Arrays;
import java.util.List;

/**
 * The second engine: a random forest on one-hot items predicting the target (the 0/1 outcome, or
 * the value itself), whose impurity importances summed per dimension rank the dimensions. A forest
 * rather than GBT because its trees grow together, one pass over the data per tree level, where
 * boosting needs a pass per level per tree; the regressor on a 0/1 label splits on variance,
 * which is Gini impurity up to a factor, so one estimator serves both target kinds.
 */
final class ForestRanker {
    private ForestRanker() {
    }

    /** Importance per dimension of the dictionary, in its order, summing to 1 (all 0 when no split was useful). */
    static double[] importances(Dataset<Row> prepared, ItemDictionary dictionary, long rows, DriverOptions options) {
        Dataset<Row> sample = rows > options.forestSampleRows()
                ? prepared.sample(false, (double) options.forestSampleRows() / rows, options.seed())
                : prepared;
        int features = dictionary.size();
        JavaRDD<Row> points = sample.select(KeyDriverAnalyzer.ITEMS, KeyDriverAnalyzer.Y).javaRDD().map(row -> {
            List<Integer> items = row.getList(0);
            int[] indices = items.stream().mapToInt(Integer::intValue).sorted().toArray();
            double[] ones = new double[indices.length];
            Arrays.fill(ones, 1.0);
            return RowFactory.create(row.getDouble(1), Vectors.sparse(features, indices, ones));
        });
        StructType schema = new StructType()
                .add("label", DataTypes.DoubleType, false)
                .add("features", SQLDataTypes.VectorType(), false);
        RandomForestRegressionModel model = new RandomForestRegressor()
                .setNumTrees(options.forestTrees())
                .setMaxDepth(options.forestDepth())
                .setMinInstancesPerNode(options.minRows())
                .setSeed(options.seed())
                .fit(prepared.sparkSession().createDataFrame(points, schema));
        Vector perItem = model.featureImportances();
        double[] perDimension = new double[dictionary.dimensions().size()];
        for (int id = 0; id < features; id++) {
            perDimension[dictionary.item(id).dimension()] += perItem.apply(id);
        }
        double sum = Arrays.stream(perDimension).sum();
        if (sum > 0) {
            for (int d = 0; d < perDimension.length; d++) {
                perDimension[d] /= sum;
            }
        }
        return perDimension;
    }
}
