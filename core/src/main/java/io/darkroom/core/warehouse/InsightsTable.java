package io.darkroom.core.warehouse;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The insight feed: one row per insight of the latest feed run, best first. The narrated sentence
 * is the product; {@link #EVIDENCE} keeps every number it was generated from (JSON of the insight
 * record), so that a reader, the API and the tests can check the sentence against its evidence.
 */
public final class InsightsTable {
    public static final String INSIGHT_ID = "insight_id";
    /** driver, change, anomaly or forecast. */
    public static final String KIND = "kind";
    public static final String RANK = "rank";
    /** Catalog measure name. */
    public static final String MEASURE = "measure";
    /** Warehouse table of the measure ("facts", "datasets/sales"). */
    public static final String TABLE_NAME = "table_name";
    /** The population: "doc_type = ticket", empty for the whole table. */
    public static final String SCOPE = "scope";
    /** The segment the insight is about or points to ("field_customer = Corvid Systems Corp."), empty if none. */
    public static final String SEGMENT = "segment";
    /** Dimension columns involved (drivers, root cause). */
    public static final String DIMENSIONS = "dimensions";
    /** Period label at the insight's grain ("2024-11"), or null. */
    public static final String PERIOD = "period";
    public static final String SCORE = "score";
    public static final String SIGNIFICANCE = "significance";
    public static final String MAGNITUDE = "magnitude";
    public static final String NOVELTY = "novelty";
    public static final String SENTENCE = "sentence";
    public static final String EVIDENCE = "evidence";
    public static final String RUN_ID = "run_id";
    public static final String CREATED_AT = "created_at";

    private static final StructType SCHEMA = new StructType()
            .add(INSIGHT_ID, DataTypes.StringType, false)
            .add(KIND, DataTypes.StringType, false)
            .add(RANK, DataTypes.IntegerType, false)
            .add(MEASURE, DataTypes.StringType, false)
            .add(TABLE_NAME, DataTypes.StringType, false)
            .add(SCOPE, DataTypes.StringType, false)
            .add(SEGMENT, DataTypes.StringType, false)
            .add(DIMENSIONS, DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add(PERIOD, DataTypes.StringType, true)
            .add(SCORE, DataTypes.DoubleType, false)
            .add(SIGNIFICANCE, DataTypes.DoubleType, false)
            .add(MAGNITUDE, DataTypes.DoubleType, false)
            .add(NOVELTY, DataTypes.DoubleType, false)
            .add(SENTENCE, DataTypes.StringType, false)
            .add(EVIDENCE, DataTypes.StringType, false)
            .add(RUN_ID, DataTypes.StringType, false)
            .add(CREATED_AT, DataTypes.TimestampType, false);

    public static final WarehouseTable TABLE = new WarehouseTable("insights", SCHEMA);

    private InsightsTable() {
    }
}
