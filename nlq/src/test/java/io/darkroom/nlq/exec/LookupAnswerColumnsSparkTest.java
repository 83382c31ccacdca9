package io.darkroom.nlq.exec;

import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.spark.SharedSpark;
import io.darkroom.nlq.QuestionAnswerer;
import io.darkroom.nlq.analyze.PlainTokens;
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

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A lookup answers with the asked-for column first; the columns that picked the row follow. */
class LookupAnswerColumnsSparkTest {
    private static QuestionAnswerer answerer;

    @BeforeAll
    static void load() {
        SparkSession spark = SharedSpark.session();
        StructType schema = new StructType().add("team", DataTypes.StringType).add("city", DataTypes.StringType)
                .add("titles", DataTypes.IntegerType);
        Dataset<Row> clubs = spark.createDataFrame(List.of(RowFactory.create("Wolfe Tones", "Carlow", 3),
                RowFactory.create("Crettyard", "Laois", 5), RowFactory.create("Rathvilly", "Carlow", 2)), schema).cache();
        String name = "datasets/clubs";
        Catalog catalog = TestCatalogs.catalog(List.of(TestCatalogs.table(name, "clubs", clubs)), List.of(), Map.of());
        answerer = new QuestionAnswerer(catalog, TableReader.of(Map.of(name, clubs)), new PlainTokens(), null, null, Clock.systemUTC());
    }

    @Test
    void theAskedForColumnComesBeforeTheColumnTheRowWasPickedBy() {
        Answer a = answerer.ask("which city is Crettyard from");
        assertThat(a.kind()).isEqualTo("lookup");
        assertThat(a.table().columns()).containsExactly("city", "team");
        assertThat(a.table().rows()).containsExactly(List.of("Laois", "Crettyard"));
    }
}
