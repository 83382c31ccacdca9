package io.darkroom.nlq.exec;

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

/** "The difference in X between A and B" is X of A's rows less X of B's rows, not the total of both. */
class DifferenceBetweenRowsSparkTest {
    private static QuestionAnswerer answerer;

    @BeforeAll
    static void load() {
        SparkSession spark = SharedSpark.session();
        StructType schema = new StructType().add("town", DataTypes.StringType).add("prefecture", DataTypes.StringType)
                .add("temples", DataTypes.IntegerType).add("population", DataTypes.IntegerType);
        Dataset<Row> towns = spark.createDataFrame(List.of(
                RowFactory.create("Imabari", "Ehime", 6, 158000),
                RowFactory.create("Matsuyama", "Ehime", 8, 510000),
                RowFactory.create("Naruto", "Tokushima", 5, 56000),
                RowFactory.create("Tokushima", "Tokushima", 2, 252000),
                RowFactory.create("Anan", "Tokushima", 2, 73000)), schema).cache();
        answerer = TestCatalogs.answerer("datasets/towns", "towns", towns);
    }

    @Test
    void theDifferenceOfAColumnBetweenTwoRowsIsTheirDistance() {
        Answer a = answerer.ask("what is the difference in the number of temples between Imabari and Matsuyama?");
        assertThat(a.kind()).isEqualTo("difference");
        assertThat(a.table().columns()).containsExactly("difference in temples", "Imabari", "Matsuyama");
        assertThat(a.table().rows()).containsExactly(List.of(2L, 6L, 8L));
        assertThat(a.sentence()).isEqualTo("Total temples: Imabari 6.00, Matsuyama 8.00; the difference is 2.00.");
        assertThat(a.sql()).isEqualTo("SELECT ABS((SELECT SUM(temples) AS `total temples` FROM `datasets/towns` WHERE town = 'Imabari')"
                + " - (SELECT SUM(temples) AS `total temples` FROM `datasets/towns` WHERE town = 'Matsuyama')) AS `difference in temples`");
    }

    @Test
    void howManyMoreComparesTheNamedColumn() {
        Answer a = answerer.ask("how many more temples does Matsuyama have than Naruto?");
        assertThat(a.kind()).isEqualTo("difference");
        assertThat(a.table().rows().get(0).get(0)).isEqualTo(3L);
    }

    @Test
    void withoutAColumnToCompareACountingQuestionComparesRowCounts() {
        Answer a = answerer.ask("what is the difference between the number of towns in Tokushima and in Ehime?");
        assertThat(a.kind()).isEqualTo("difference");
        assertThat(a.table().rows().get(0).get(0)).isEqualTo(1L);
    }

    @Test
    void aMissingSideIsSaidNotComputed() {
        Answer a = answerer.ask("what is the difference in temples between Imabari and Kagawa?");
        assertThat(a.kind()).isNotEqualTo("difference");
    }
}
