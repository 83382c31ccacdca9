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

/**
 * A table's rows keep the order they were kept in (a season's games, a list of winners by year): "the first",
 * "the last", "before X" and "after X" read that order, not a sort of some column.
 */
class RowInTableOrderSparkTest {
    private static QuestionAnswerer answerer;

    @BeforeAll
    static void load() {
        SparkSession spark = SharedSpark.session();
        StructType schema = new StructType().add("year", DataTypes.IntegerType).add("team", DataTypes.StringType)
                .add("county", DataTypes.StringType).add("opponent", DataTypes.StringType);
        // Newest first, as such lists often are: table order is not the order of any column's values.
        Dataset<Row> winners = spark.createDataFrame(List.of(
                RowFactory.create(2011, "Greystones", "Wicklow", "Confey"),
                RowFactory.create(2010, "Ballymore Eustace", "Kildare", "Crettyard"),
                RowFactory.create(2009, "Maynooth", "Kildare", "Greystones"),
                RowFactory.create(2008, "Crettyard", "Laois", "Maynooth"),
                RowFactory.create(2007, "Wolfe Tones", "Meath", "Rathvilly")), schema).cache();
        answerer = TestCatalogs.answerer("datasets/winners", "winners", winners);
    }

    @Test
    void theFirstRowOnTheListIsTheTopRowOfTheTable() {
        Answer a = answerer.ask("who is the first opponent on the list?");
        assertThat(a.kind()).isEqualTo("row_at");
        assertThat(a.table().rows()).containsExactly(List.of("Confey"));
        assertThat(a.sentence()).isEqualTo("The first row (in the table's own order) has opponent Confey.");
        assertThat(a.sql()).isEqualTo("SELECT opponent FROM (SELECT *, MONOTONICALLY_INCREASING_ID() AS row_order FROM `datasets/winners`)"
                + " `datasets/winners` ORDER BY row_order LIMIT 1");
    }

    @Test
    void theFirstInTimeOfATableKeptNewestFirstIsItsBottomRow() {
        Answer a = answerer.ask("who was the opponent in the first game?");
        assertThat(a.table().rows()).containsExactly(List.of("Rathvilly"));
        assertThat(a.sentence()).isEqualTo("The first row (in order of year) has opponent Rathvilly.");
        assertThat(a.sql()).contains("ORDER BY /* read from the bottom when year runs newest first */ row_order LIMIT 1");
    }

    @Test
    void theLastRowMatchingAValueIsTheLowestSuchRow() {
        Answer a = answerer.ask("what is the last team from Kildare on the list?");
        assertThat(a.kind()).isEqualTo("row_at");
        assertThat(a.table().rows()).containsExactly(List.of("Maynooth"));
    }

    @Test
    void theTopOfTheListIsItsFirstRowNotARanking() {
        Answer a = answerer.ask("what team is at the top of the list?");
        assertThat(a.kind()).isEqualTo("row_at");
        assertThat(a.table().rows()).containsExactly(List.of("Greystones"));
    }

    @Test
    void aBareWhichIsFirstOnTheChartIsTheFirstRow() {
        Answer a = answerer.ask("which opponent is last on the chart");
        assertThat(a.table().rows()).containsExactly(List.of("Rathvilly"));
    }

    @Test
    void theRowListedBeforeANamedValueIsTheRowAboveIt() {
        Answer a = answerer.ask("which team is listed previous to Crettyard?");
        assertThat(a.kind()).isEqualTo("row_at");
        assertThat(a.table().rows()).containsExactly(List.of("Maynooth"));
        assertThat(a.interpretation()).contains("of the row just before the row where team is Crettyard");
    }

    @Test
    void theWinnerBeforeANamedValueInTimeIsTheRowBelowItInATableKeptNewestFirst() {
        Answer a = answerer.ask("which team won previous to Crettyard?");
        assertThat(a.table().rows()).containsExactly(List.of("Wolfe Tones"));
        assertThat(a.interpretation()).contains("in order of year");
    }

    @Test
    void theRowAfterANamedValueIsTheRowBelowIt() {
        Answer a = answerer.ask("what team comes after Maynooth?");
        assertThat(a.table().rows()).containsExactly(List.of("Crettyard"));
        assertThat(a.sql()).contains("WHERE row_order > (SELECT MIN(row_order) FROM").endsWith("ORDER BY row_order LIMIT 1");
    }

    @Test
    void theAskedColumnOfTheNeighbourLeadsTheAnswer() {
        Answer a = answerer.ask("which county is listed after Greystones?");
        assertThat(a.table().columns()).containsExactly("county", "team");
        assertThat(a.table().rows()).containsExactly(List.of("Kildare", "Ballymore Eustace"));
    }

    @Test
    void nothingComesBeforeTheTopRow() {
        Answer a = answerer.ask("which team is listed before Greystones?");
        assertThat(a.kind()).isEqualTo("row_at");
        assertThat(a.table().rows()).isEmpty();
        assertThat(a.sentence()).isEqualTo("No row comes before the row where team is Greystones.");
    }

    @Test
    void aYearAfterTheCueIsARangeNotANeighbour() {
        Answer a = answerer.ask("how many teams won after 2008?");
        assertThat(a.kind()).isNotEqualTo("row_at");
    }

    @Test
    void aFirstOrLastInsideADatePhraseIsAPeriodNotARow() {
        StructType schema = new StructType().add("day", DataTypes.DateType).add("opponent", DataTypes.StringType)
                .add("points", DataTypes.IntegerType);
        Dataset<Row> games = SharedSpark.session().createDataFrame(List.of(
                RowFactory.create(java.sql.Date.valueOf("2024-01-10"), "Confey", 3),
                RowFactory.create(java.sql.Date.valueOf("2024-12-10"), "Maynooth", 5)), schema).cache();
        Answer a = TestCatalogs.answerer("datasets/games", "games", games).ask("what were the points in the last month?");
        assertThat(a.kind()).isNotEqualTo("row_at");
    }

    @Test
    void anAlphabeticalFirstIsNotTheTableOrder() {
        Answer a = answerer.ask("which is the first team listed alphabetically?");
        assertThat(a.kind()).isNotEqualTo("row_at");
    }
}
