package io.darkroom.core.catalog;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;

/** What a column holds, as far as measures and dimensions care. */
public enum ColumnType {
    STRING, INTEGER, DECIMAL, BOOLEAN, DATE, TIMESTAMP, OTHER;

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL;
    }

    public boolean isTemporal() {
        return this == DATE || this == TIMESTAMP;
    }

    public static ColumnType of(DataType type) {
        if (type.equals(DataTypes.StringType)) {
            return STRING;
        }
        if (type.equals(DataTypes.IntegerType) || type.equals(DataTypes.LongType) || type.equals(DataTypes.ShortType)
                || type.equals(DataTypes.ByteType)) {
            return INTEGER;
        }
        if (type.equals(DataTypes.DoubleType) || type.equals(DataTypes.FloatType) || type instanceof DecimalType) {
            return DECIMAL;
        }
        if (type.equals(DataTypes.BooleanType)) {
            return BOOLEAN;
        }
        if (type.equals(DataTypes.DateType)) {
            return DATE;
        }
        if (type.equals(DataTypes.TimestampType) || type.equals(DataTypes.TimestampNTZType)) {
            return TIMESTAMP;
        }
        return OTHER;
    }
}
