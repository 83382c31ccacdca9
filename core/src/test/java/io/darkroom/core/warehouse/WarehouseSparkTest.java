package io.darkroom.core.warehouse;

import io.darkroom.core.DarkroomException;
import io.darkroom.core.spark.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WarehouseSparkTest {
    private static final WarehouseTable PEOPLE = new WarehouseTable("people",
            new StructType().add("name", DataTypes.StringType).add("age", DataTypes.IntegerType));

    @TempDir
    Path dir;

    @Test
    void replaceWritesADeltaTableThatReadsBackAndAppendAddsRows() {
        SparkSession spark = SharedSpark.session();
        Warehouse warehouse = new Warehouse(spark, dir.toUri().toString());
        assertThat(warehouse.exists(PEOPLE)).isFalse();

        warehouse.replace(PEOPLE, rows(spark, RowFactory.create("ada", 36), RowFactory.create("alan", 41)));
        warehouse.append(PEOPLE, rows(spark, RowFactory.create("grace", 85)));

        assertThat(warehouse.exists(PEOPLE)).isTrue();
        assertThat(warehouse.read(PEOPLE).count()).isEqualTo(3);
        assertThat(warehouse.delta(PEOPLE).history().count()).isEqualTo(2);
        warehouse.replace(PEOPLE, rows(spark, RowFactory.create("ada", 37)));
        assertThat(warehouse.read(PEOPLE).collectAsList()).extracting(r -> r.getInt(1)).containsExactly(37);
    }

    @Test
    void readingAMissingTableTellsTheUserWhatToRun() {
        Warehouse warehouse = new Warehouse(SharedSpark.session(), dir.toUri().toString());
        assertThatThrownBy(() -> warehouse.read(PEOPLE))
                .isInstanceOf(DarkroomException.class)
                .hasMessageContaining("'people'")
                .hasMessageContaining("darkroom ingest");
    }

    private static Dataset<Row> rows(SparkSession spark, Row... rows) {
        return spark.createDataFrame(List.of(rows), PEOPLE.schema());
    }
}
