package io.darkroom.analytics.features;

import org.apache.spark.ml.param.BooleanParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.param.StringArrayParam;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.List;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

/**
 * Pipeline stage: text column → array of normalised terms ({@link Terms}). One stage instead of
 * Tokenizer + StopWordsRemover + a stemmer, because the plural folding must see the stop-word
 * filter's output and MLlib has no stemmer.
 */
public final class TermNormalizer extends FeatureTransformer {
    private final Param<String> inputCol = new Param<>(this, "inputCol", "text column to normalise");
    private final Param<String> outputCol = new Param<>(this, "outputCol", "array<string> column of terms");
    private final IntParam minLength = new IntParam(this, "minLength", "shortest kept word, in letters",
            ParamValidators.gtEq(1));
    private final BooleanParam fold = new BooleanParam(this, "fold", "fold plural endings");
    private final StringArrayParam stopWords = new StringArrayParam(this, "stopWords", "lower-case words to drop");

    public TermNormalizer() {
        this(Identifiable.randomUID("termNormalizer"));
    }

    public TermNormalizer(String uid) {
        super(uid);
        setDefault(inputCol, "text");
        setDefault(outputCol, "terms");
        setDefault(minLength, 3);
        setDefault(fold, true);
        setDefault(stopWords, StopWords.ENGLISH.stream().sorted().toArray(String[]::new));
    }

    public static MLReader<TermNormalizer> read() {
        return new DefaultParamsReader<>();
    }

    public static TermNormalizer load(String path) {
        return read().load(path);
    }

    public Param<String> inputCol() {
        return inputCol;
    }

    public Param<String> outputCol() {
        return outputCol;
    }

    public IntParam minLength() {
        return minLength;
    }

    public BooleanParam fold() {
        return fold;
    }

    public StringArrayParam stopWords() {
        return stopWords;
    }

    public TermNormalizer setInputCol(String value) {
        set(inputCol, value);
        return this;
    }

    public TermNormalizer setOutputCol(String value) {
        set(outputCol, value);
        return this;
    }

    public TermNormalizer setMinLength(int value) {
        set(minLength, value);
        return this;
    }

    public TermNormalizer setFold(boolean value) {
        set(fold, value);
        return this;
    }

    public TermNormalizer setStopWords(String[] value) {
        set(stopWords, value);
        return this;
    }

    /** The normalisation this stage applies, for callers outside a DataFrame. */
    public Terms terms() {
        return new Terms(Set.of(param(stopWords)), (Integer) param(minLength), (Boolean) param(fold));
    }

    @Override
    public StructType transformSchema(StructType schema) {
        requireColumn(schema, param(inputCol), DataTypes.StringType);
        requireAbsent(schema, param(outputCol));
        return schema.add(param(outputCol), DataTypes.createArrayType(DataTypes.StringType), false);
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        transformSchema(dataset.schema());
        Terms terms = terms();
        UserDefinedFunction normalise = udf((UDF1<String, List<String>>) terms::of,
                DataTypes.createArrayType(DataTypes.StringType));
        return dataset.withColumn(param(outputCol), normalise.apply(col(param(inputCol))));
    }
}
