package io.darkroom.core.warehouse;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Entity mentions found in {@code documents.text}: one row per mention. Offsets are UTF-16 char
 * offsets into the document's text, so {@code text.substring(begin, end)} equals {@link #TEXT}.
 * Normalised values are typed: {@link #AMOUNT} holds a MONEY amount (with {@link #CURRENCY}, ISO
 * 4217), a PERCENT as a fraction (12.5 % = 0.125) or a NUMBER; {@link #DATE_VALUE} holds a DATE that
 * names one day; {@link #NORMALIZED} holds the normalised value as text whatever its precision
 * (SUTime's "2024-03", "2024-W12", or "EUR 12480.00", "0.125"). Rows of a document are replaced
 * whenever its text changes.
 */
public final class EntitiesTable {
    public static final String DOC_ID = "doc_id";
    /** Zero-based sentence index within the whole document (not within a chunk). */
    public static final String SENTENCE = "sentence";
    public static final String BEGIN = "begin";
    public static final String END = "end";
    /** PERSON, ORGANIZATION, LOCATION, MONEY, PERCENT, DATE, TIME, EMAIL, URL, NUMBER, MISC, … */
    public static final String TYPE = "type";
    public static final String TEXT = "text";
    /** Folded name where mentions of one thing meet ("ACME Corp." and "Acme" give "acme"). */
    public static final String CANONICAL = "canonical";
    public static final String AMOUNT = "amount";
    public static final String CURRENCY = "currency";
    public static final String DATE_VALUE = "date_value";
    public static final String NORMALIZED = "normalized";
    /** For an EMAIL mention: the canonical name of the person the address belongs to, from e-mail headers. */
    public static final String LINKED_PERSON = "linked_person";
    /** For a PERSON mention: the person's e-mail address, from e-mail headers. */
    public static final String LINKED_EMAIL = "linked_email";
    /** What found the mention: {@code ner}, {@code sutime} or {@code pattern}. */
    public static final String SOURCE = "source";
    public static final String RUN_ID = "run_id";

    private static final StructType SCHEMA = new StructType()
            .add(DOC_ID, DataTypes.StringType, false)
            .add(SENTENCE, DataTypes.IntegerType, false)
            .add(BEGIN, DataTypes.IntegerType, false)
            .add(END, DataTypes.IntegerType, false)
            .add(TYPE, DataTypes.StringType, false)
            .add(TEXT, DataTypes.StringType, false)
            .add(CANONICAL, DataTypes.StringType, true)
            .add(AMOUNT, DataTypes.createDecimalType(24, 6), true)
            .add(CURRENCY, DataTypes.StringType, true)
            .add(DATE_VALUE, DataTypes.DateType, true)
            .add(NORMALIZED, DataTypes.StringType, true)
            .add(LINKED_PERSON, DataTypes.StringType, true)
            .add(LINKED_EMAIL, DataTypes.StringType, true)
            .add(SOURCE, DataTypes.StringType, false)
            .add(RUN_ID, DataTypes.StringType, false);

    public static final WarehouseTable TABLE = new WarehouseTable("entities", SCHEMA);

    private EntitiesTable() {
    }
}
