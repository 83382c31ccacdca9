package io.darkroom.nlq.exec;

import io.darkroom.core.spark.SharedSpark;
import io.darkroom.nlq.plan.TimeGrain;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

/** Trends group rows on the first day of their period, the same for date and timestamp columns (UTC session). */
class PeriodStartSparkTest {

    @ParameterizedTest(name = "{0} {1} -> {2} ({3})")
    @CsvSource({
            "2024-03-03T23:30:00Z, DAY,     2024-03-03, 2024-03-03",
            "2024-03-03T23:30:00Z, WEEK,    2024-02-26, 2024-02-26",   // a Sunday belongs to the week of the Monday before
            "2024-03-04T00:10:00Z, WEEK,    2024-03-04, 2024-03-04",
            "2024-03-31T23:59:59Z, MONTH,   2024-03-01, 2024-03",
            "2024-05-17T08:00:00Z, QUARTER, 2024-04-01, 2024-Q2",
            "2024-12-31T23:00:00Z, YEAR,    2024-01-01, 2024"})
    void aRowFallsInThePeriodThatStartsOnItsFirstDay(String instant, TimeGrain grain, String start, String label) {
        Timestamp ts = Timestamp.from(Instant.parse(instant));
        Date day = Date.valueOf(instant.substring(0, 10));
        StructType schema = new StructType().add("at", DataTypes.TimestampType).add("on", DataTypes.DateType);
        Dataset<Row> rows = SharedSpark.session().createDataFrame(List.of(RowFactory.create(ts, day)), schema);
        Row r = rows.select(
                Frames.periodStart(col("at"), grain).cast("string"),
                Frames.periodStart(col("on"), grain).cast("string"),
                Frames.periodLabel(Frames.periodStart(col("at"), grain), grain)).first();
        assertThat(r.getString(0)).isEqualTo(start);
        assertThat(r.getString(1)).isEqualTo(start);
        assertThat(r.getString(2)).isEqualTo(label);
    }
}
