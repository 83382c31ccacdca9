package io.darkroom.ingest.datasets;

import io.darkroom.core.warehouse.DatasetRegistryTable;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

import java.io.Serializable;

/**
 * The inferred type of a dataset column. Each kind names itself in the registry and maps to the
 * Spark type of the dataset table; amounts and percents are decimals with meaning attached.
 */
public sealed interface ColumnType extends Serializable {
    /** Decimal columns keep at most this many fraction digits (Spark decimal(38, scale)). */
    int MAX_SCALE = 10;

    String registryName();

    DataType sparkType();

    record IntegerColumn() implements ColumnType {
        public String registryName() {
            return DatasetRegistryTable.TYPE_INTEGER;
        }

        public DataType sparkType() {
            return DataTypes.LongType;
        }
    }

    record DecimalColumn(int scale) implements ColumnType {
        public String registryName() {
            return DatasetRegistryTable.TYPE_DECIMAL;
        }

        public DataType sparkType() {
            return DataTypes.createDecimalType(38, scale);
        }
    }

    /** Money in one currency (ISO 4217 code), from the values' symbols or codes, the cell format or the header. */
    record AmountColumn(String currency, int scale) implements ColumnType {
        public String registryName() {
            return DatasetRegistryTable.TYPE_AMOUNT;
        }

        public DataType sparkType() {
            return DataTypes.createDecimalType(38, scale);
        }
    }

    /** Stored as a fraction: "12.5%" is 0.125. */
    record PercentColumn(int scale) implements ColumnType {
        public String registryName() {
            return DatasetRegistryTable.TYPE_PERCENT;
        }

        public DataType sparkType() {
            return DataTypes.createDecimalType(38, scale);
        }
    }

    record DateColumn(TemporalText.DateOrder order) implements ColumnType {
        public String registryName() {
            return DatasetRegistryTable.TYPE_DATE;
        }

        public DataType sparkType() {
            return DataTypes.DateType;
        }
    }

    record TimestampColumn(TemporalText.DateOrder order) implements ColumnType {
        public String registryName() {
            return DatasetRegistryTable.TYPE_TIMESTAMP;
        }

        public DataType sparkType() {
            return DataTypes.TimestampType;
        }
    }

    record BooleanColumn() implements ColumnType {
        public String registryName() {
            return DatasetRegistryTable.TYPE_BOOLEAN;
        }

        public DataType sparkType() {
            return DataTypes.BooleanType;
        }
    }

    record StringColumn() implements ColumnType {
        public String registryName() {
            return DatasetRegistryTable.TYPE_STRING;
        }

        public DataType sparkType() {
            return DataTypes.StringType;
        }
    }
}
