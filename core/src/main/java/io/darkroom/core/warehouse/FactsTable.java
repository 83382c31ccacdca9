package io.darkroom.core.warehouse;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One analysable row per document: the table insights and questions run on. The columns below are
 * always there (null where a stage has not run); besides them the facts builder adds one string
 * column per form field it discovers in the documents ({@link #FIELD_PREFIX}{@code product},
 * {@code field_region}, ...), so the table's real schema is this one plus those.
 */
public final class FactsTable {
    public static final String DOC_ID = "doc_id";
    public static final String FILE_PATH = "file_path";
    public static final String PARENT_ID = "parent_id";
    public static final String DOC_TYPE = "doc_type";
    public static final String MIME = "mime";
    public static final String TITLE = "title";
    /** sent_at, else created, else modified, else the source file's modification time. */
    public static final String BEST_DATE = "best_date";
    public static final String DAY = "day";
    public static final String MONTH = "month";
    public static final String QUARTER = "quarter";
    public static final String YEAR = "year";
    public static final String TOPIC = "topic";
    /** Length-weighted sentence sentiment in [-1, 1]. */
    public static final String SENTIMENT = "sentiment";
    /** negative, neutral or positive. */
    public static final String SENTIMENT_LABEL = "sentiment_label";
    /** The document's largest money amount (an invoice's total), in {@link #CURRENCY}. */
    public static final String AMOUNT = "amount";
    public static final String CURRENCY = "currency";
    /** The organisation named most often (canonical name). */
    public static final String ORGANIZATION = "organization";
    /** E-mail sender's name, else the document's author. */
    public static final String SENDER = "sender";
    /** The place named most often (canonical name). */
    public static final String LOCATION = "location";
    public static final String PEOPLE_MENTIONED = "people_mentioned";
    public static final String ORGANIZATIONS_MENTIONED = "organizations_mentioned";
    public static final String AMOUNTS_MENTIONED = "amounts_mentioned";
    /** Prefix of the discovered form-field columns ("Product: X" lines give field_product). */
    public static final String FIELD_PREFIX = "field_";

    private static final StructType SCHEMA = new StructType()
            .add(DOC_ID, DataTypes.StringType, false)
            .add(FILE_PATH, DataTypes.StringType, false)
            .add(PARENT_ID, DataTypes.StringType, true)
            .add(DOC_TYPE, DataTypes.StringType, false)
            .add(MIME, DataTypes.StringType, true)
            .add(TITLE, DataTypes.StringType, true)
            .add(BEST_DATE, DataTypes.TimestampType, true)
            .add(DAY, DataTypes.DateType, true)
            .add(MONTH, DataTypes.StringType, true)
            .add(QUARTER, DataTypes.StringType, true)
            .add(YEAR, DataTypes.IntegerType, true)
            .add(TOPIC, DataTypes.StringType, true)
            .add(SENTIMENT, DataTypes.DoubleType, true)
            .add(SENTIMENT_LABEL, DataTypes.StringType, true)
            .add(AMOUNT, DataTypes.createDecimalType(24, 2), true)
            .add(CURRENCY, DataTypes.StringType, true)
            .add(ORGANIZATION, DataTypes.StringType, true)
            .add(SENDER, DataTypes.StringType, true)
            .add(LOCATION, DataTypes.StringType, true)
            .add(PEOPLE_MENTIONED, DataTypes.IntegerType, true)
            .add(ORGANIZATIONS_MENTIONED, DataTypes.IntegerType, true)
            .add(AMOUNTS_MENTIONED, DataTypes.IntegerType, true);

    public static final WarehouseTable TABLE = new WarehouseTable("facts", SCHEMA);

    private FactsTable() {
    }
}
