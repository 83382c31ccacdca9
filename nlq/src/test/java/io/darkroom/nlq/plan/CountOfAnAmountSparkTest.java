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

/**
 * "How many silver medals did X win" counts medals (the silver column's amount), not X's rows; a count of every row
 * that would ignore what the question narrows the rows by is a clarification.
 */
class CountOfAnAmountSparkTest {
    private static QuestionAnswerer answerer;

    @BeforeAll
    static void load() {
        SparkSession spark = SharedSpark.session();
        StructType schema = new StructType().add("nation", DataTypes.StringType).add("gold", DataTypes.IntegerType)
                .add("silver", DataTypes.IntegerType).add("bronze", DataTypes.IntegerType);
        Dataset<Row> medals = spark.createDataFrame(List.of(
                RowFactory.create("Russia", 3, 4, 2),
                RowFactory.create("Ukraine", 2, 2, 1),
                RowFactory.create("Belarus", 0, 1, 3),
                RowFactory.create("Kenya", 1, 0, 0)), schema).cache();
        answerer = TestCatalogs.answerer("datasets/medals", "medals", medals);
    }

    @Test
    void aCountOfANumericColumnIsItsAmountOverTheRows() {
        Answer a = answerer.ask("how many silver medals did Ukraine win?");
        assertThat(a.kind()).isEqualTo("aggregate");
        assertThat(a.interpretation()).isEqualTo("I read this as: total silver where nation is Ukraine (from datasets/medals).");
        assertThat(((Number) a.table().rows().get(0).get(0)).longValue()).isEqualTo(2L);
    }

    @Test
    void aCountOfEveryRowIsAskedAboutWhenTheQuestionNarrowsTheRowsInWordsNotUnderstood() {
        Answer a = answerer.ask("how many nations earned medals in sailing?");
        assertThat(a.kind()).isEqualTo("clarify");
        assertThat(a.sentence()).contains("I do not know how to narrow the rows by").contains("'sailing'");
    }

    @Test
    void aCountOfEveryRowIsAskedAboutWhenItWouldIgnoreANegation() {
        Answer a = answerer.ask("how many nations did not win anything?");
        assertThat(a.kind()).isEqualTo("clarify");
    }

    @Test
    void aCountOfEveryRowListedIsStillAnswered() {
        Answer a = answerer.ask("how many nations are listed in the table?");
        assertThat(a.kind()).isEqualTo("aggregate");
        assertThat(((Number) a.table().rows().get(0).get(0)).longValue()).isEqualTo(4L);
    }

    @Test
    void aCountOfRowsStaysACountWhenTheColumnIsOnlyACondition() {
        Answer a = answerer.ask("how many nations had a gold of more than 1?");
        assertThat(a.kind()).isEqualTo("aggregate");
        assertThat(((Number) a.table().rows().get(0).get(0)).longValue()).isEqualTo(2L);
    }
}
