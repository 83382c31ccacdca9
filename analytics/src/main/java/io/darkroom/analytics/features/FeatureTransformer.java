package io.darkroom.analytics.features;

import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

import java.util.Arrays;

/**
 * The shared base of Darkroom's Java pipeline stages: hides the Scala plumbing (uid, copy,
 * save/load through Spark's default params writer) so a concrete stage only declares its params
 * and implements {@code transformSchema} and {@code transform}. A subclass needs a public
 * {@code (String uid)} constructor and a static {@code read()} returning a
 * {@code DefaultParamsReader}, which is how {@code PipelineModel.load} finds it.
 */
public abstract class FeatureTransformer extends Transformer implements DefaultParamsWritable {
    private final String uid;

    protected FeatureTransformer(String uid) {
        this.uid = uid;
    }

    @Override
    public String uid() {
        return uid;
    }

    @Override
    public Transformer copy(ParamMap extra) {
        return defaultCopy(extra);
    }

    /** Fails before any job runs when {@code column} is missing or of the wrong type. */
    protected static void requireColumn(StructType schema, String column, DataType type) {
        if (!Arrays.asList(schema.fieldNames()).contains(column)) {
            throw new IllegalArgumentException("Cannot transform: column '" + column + "' is missing; the input has "
                    + String.join(", ", schema.fieldNames()));
        }
        DataType actual = schema.apply(column).dataType();
        if (!actual.equals(type)) {
            throw new IllegalArgumentException("Cannot transform: column '" + column + "' is " + actual.simpleString()
                    + ", expected " + type.simpleString());
        }
    }

    /** Fails when the output column already exists, so a stage never silently replaces input. */
    protected static void requireAbsent(StructType schema, String column) {
        if (Arrays.asList(schema.fieldNames()).contains(column)) {
            throw new IllegalArgumentException("Cannot transform: output column '" + column + "' already exists");
        }
    }

    protected <T> T param(Param<T> param) {
        return getOrDefault(param);
    }
}
