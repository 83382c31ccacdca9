package io.darkroom.nlq.exec;

import io.darkroom.core.spark.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;

/** Cached question tables keep every value, in the narrowest decimal type that holds the column's largest one. */
class CompactDecimalsSparkTest {

    @Test
    void eachDecimalColumnGetsTheNarrowestPrecisionItsValuesNeedAndSumsStayExact() {
        StructType schema = new StructType()
                .add("region", DataTypes.StringType)
                .add("small", DataTypes.createDecimalType(38, 2))
                .add("large", DataTypes.createDecimalType(24, 2))
                .add("huge", DataTypes.createDecimalType(38, 2))
                .add("empty", DataTypes.createDecimalType(38, 4));
        Dataset<Row> table = SharedSpark.session().createDataFrame(List.of(
                RowFactory.create("North", new BigDecimal("999999.99"), new BigDecimal("123456789.01"), new BigDecimal("12345678901234567890.12"), null),
                RowFactory.create("North", new BigDecimal("-0.01"), new BigDecimal("-5.00"), new BigDecimal("1.00"), null),
                RowFactory.create("South", new BigDecimal("12.50"), new BigDecimal("0.10"), new BigDecimal("2.00"), null)), schema);

        Dataset<Row> compact = CompactDecimals.of(table);

        assertThat(compact.schema().fieldNames()).containsExactly("region", "small", "large", "huge", "empty");
        assertThat(compact.schema().apply("small").dataType()).isEqualTo(DataTypes.createDecimalType(8, 2));
        assertThat(compact.schema().apply("large").dataType()).isEqualTo(DataTypes.createDecimalType(18, 2));
        assertThat(compact.schema().apply("huge").dataType()).isEqualTo(DataTypes.createDecimalType(38, 2));
        assertThat(compact.schema().apply("empty").dataType()).isEqualTo(DataTypes.createDecimalType(8, 4));
        Row sums = compact.where(col("region").equalTo("North")).agg(sum("small"), sum("large"), sum("huge")).first();
        assertThat(sums.getDecimal(0)).isEqualByComparingTo("999999.98");
        assertThat(sums.getDecimal(1)).isEqualByComparingTo("123456784.01");
        assertThat(sums.getDecimal(2)).isEqualByComparingTo("12345678901234567891.12");
        assertThat(compact.orderBy("small").collectAsList()).extracting(r -> r.getDecimal(2).toPlainString())
                .containsExactly("-5.00", "0.10", "123456789.01");
    }

    @Test
    void aColumnAlreadyNarrowOrWithoutDecimalsIsLeftAlone() {
        StructType schema = new StructType().add("qty", DataTypes.IntegerType).add("price", DataTypes.createDecimalType(7, 2));
        Dataset<Row> table = SharedSpark.session().createDataFrame(List.of(RowFactory.create(3, new BigDecimal("9.99"))), schema);
        assertThat(CompactDecimals.of(table).schema()).isEqualTo(schema);
        assertThat(CompactDecimals.narrowest(new BigDecimal("100000000"), (DecimalType) DataTypes.createDecimalType(38, 12)))
                .as("9 integer digits + 12 decimals need more than 18").isEqualTo(38);
    }
}
