package io.darkroom.nlq.plan;

import io.darkroom.core.spark.SharedSpark;
import io.darkroom.nlq.QuestionAnswerer;
import io.darkroom.nlq.answer.Answer;
import io.darkroom.nlq.fixtures.TestCatalogs;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "Which/who ... the most X" names the row holding the extreme; on a column of places the top is the lowest number. */
class RowWithTheExtremeSparkTest {
    private static QuestionAnswerer answerer;

    @BeforeAll
    static void load() {
        SparkSession spark = SharedSpark.session();
        StructType schema = new StructType().add("rank", DataTypes.IntegerType).add("athlete", DataTypes.StringType)
                .add("caps", DataTypes.IntegerType);
        Dataset<Row> squad = spark.createDataFrame(List.of(
                RowFactory.create(1, "Iryna Shpylova", 40),
                RowFactory.create(2, "Eunmi Park", 95),
                RowFactory.create(3, "Lauren Franges", 12)), schema).cache();
        answerer = TestCatalogs.answerer("datasets/squad", "squad", squad);
    }

    @Test
    void whoHasTheMostOfAColumnNamesTheRowNotTheNumber() {
        Answer a = answerer.ask("who has the most caps?");
        assertThat(a.kind()).isEqualTo("top_n");
        assertThat(a.table().rows().get(0).get(0)).isEqualTo("Eunmi Park");
    }

    @Test
    void theTopRankedIsRankOne() {
        Answer a = answerer.ask("which athlete has the top rank?");
        assertThat(a.table().rows().get(0).get(0)).isEqualTo("Iryna Shpylova");
    }

    @Test
    void whatIsTheHighestStaysTheNumber() {
        Answer a = answerer.ask("what is the highest caps?");
        assertThat(a.kind()).isEqualTo("aggregate");
        assertThat(((Number) a.table().rows().get(0).get(0)).longValue()).isEqualTo(95L);
    }
}
