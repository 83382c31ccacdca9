package io.darkroom.nlq.plan;

import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.spark.SharedSpark;
import io.darkroom.nlq.QuestionAnswerer;
import io.darkroom.nlq.analyze.PlainTokens;
import io.darkroom.nlq.answer.Answer;
import io.darkroom.nlq.exec.TableReader;
import io.darkroom.nlq.fixtures.TestCatalogs;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;

/** Joins along discovered relations only when the joined side has one row per key, on real tables. */
class FanOutJoinSparkTest {
    private static final String ORDERS = "datasets/orders";
    private static final String ACCOUNTS = "datasets/accounts";

    private static Dataset<Row> orders() {
        StructType schema = new StructType().add("customer", DataTypes.StringType).add("amount", DataTypes.DoubleType);
        return SharedSpark.session().createDataFrame(List.of(RowFactory.create("Acme", 100.0), RowFactory.create("Globex", 50.0),
                RowFactory.create("Initech", 30.0)), schema);
    }

    private static Dataset<Row> accounts(boolean duplicateAcme) {
        StructType schema = new StructType().add("customer", DataTypes.StringType).add("segment", DataTypes.StringType);
        List<Row> rows = new java.util.ArrayList<>(List.of(RowFactory.create("Acme", "Enterprise"), RowFactory.create("Globex", "Small Business"),
                RowFactory.create("Initech", "Small Business")));
        if (duplicateAcme) {
            // The same account exported twice (two contacts, say): customer is no longer a key of this table.
            rows.add(RowFactory.create("Acme", "Enterprise"));
        }
        return SharedSpark.session().createDataFrame(rows, schema);
    }

    private static Answer ask(Dataset<Row> accounts, String question) {
        Dataset<Row> orders = orders();
        Catalog catalog = TestCatalogs.catalog(List.of(TestCatalogs.table(ORDERS, "orders", orders), TestCatalogs.table(ACCOUNTS, "accounts", accounts)),
                List.of(TestCatalogs.relation(ORDERS, "customer", ACCOUNTS, "customer")), Map.of());
        QuestionAnswerer answerer = new QuestionAnswerer(catalog, TableReader.of(Map.of(ORDERS, orders, ACCOUNTS, accounts)),
                new PlainTokens(), null, null, Clock.systemUTC());
        return answerer.ask(question);
    }

    @Test
    void aJoinThatWouldRepeatRowsIsRefusedWithAClarification() {
        Dataset<Row> duplicated = accounts(true);
        // What a naive join would answer: Acme's 100 counted twice.
        double naive = orders().join(duplicated, "customer").where(col("segment").equalTo("Enterprise")).agg(sum("amount")).first().getDouble(0);
        assertThat(naive).isEqualTo(200.0);

        Answer a = ask(duplicated, "total amount by segment");
        assertThat(a.isClarification()).isTrue();
        assertThat(a.sentence()).contains("Cannot join orders to accounts on customer");
        assertThat(a.sql()).isNull();
    }

    @Test
    void aJoinToAUniqueKeyKeepsEverySumOnce() {
        Answer a = ask(accounts(false), "total amount by segment");
        assertThat(a.kind()).isEqualTo("breakdown");
        // Enterprise = Acme 100; Small Business = Globex 50 + Initech 30.
        assertThat(a.table().rows()).containsExactly(List.of("Enterprise", 100.0), List.of("Small Business", 80.0));
    }
}
