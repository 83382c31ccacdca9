package io.darkroom.app.cli;

import io.darkroom.core.DarkroomException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What 'darkroom sql' lets through and how it writes rows; no Spark session (the parser needs none). */
class SqlCommandTest {
    @Test
    void statementsThatWriteDropOrConfigureAreRefusedBeforeTheyRun() {
        for (String sql : List.of("DROP TABLE facts", "INSERT INTO facts SELECT * FROM facts",
                "WITH f AS (SELECT * FROM facts) INSERT INTO facts SELECT * FROM f", "CREATE TABLE x AS SELECT 1",
                "SET spark.sql.shuffle.partitions=1", "CACHE TABLE facts", "DELETE FROM facts")) {
            assertThatThrownBy(() -> SqlCommand.requireQuery(sql)).as(sql)
                    .isInstanceOf(DarkroomException.class)
                    .hasMessageContaining("'darkroom sql' only reads");
        }
    }

    @Test
    void queriesWithJoinsCtesAndSubqueriesAreAllowed() {
        for (String sql : List.of("SELECT doc_type, count(*) FROM facts GROUP BY doc_type",
                "WITH t AS (SELECT * FROM documents) SELECT * FROM t JOIN files USING (doc_id)",
                "SELECT * FROM insights WHERE score > (SELECT avg(score) FROM insights) ORDER BY rank LIMIT 3",
                "SELECT 1 UNION ALL SELECT 2")) {
            assertThatCode(() -> SqlCommand.requireQuery(sql)).as(sql).doesNotThrowAnyException();
        }
    }

    @Test
    void aQueryThatDoesNotParseIsAUserErrorAskingForOneSelect() {
        assertThatThrownBy(() -> SqlCommand.requireQuery("SELEC * FROM facts"))
                .isInstanceOf(DarkroomException.class)
                .hasMessageStartingWith("Cannot parse the query:")
                .hasMessageEndingWith("write one Spark SQL SELECT statement");
    }

    @Test
    void csvQuotesCellsWithCommasQuotesAndLineBreaksAndLeavesNullsEmpty() {
        List<Row> rows = List.of(RowFactory.create("ACME, Inc.", "say \"hi\"", null),
                RowFactory.create("a\nb", "plain", "[\"x\",\"y\"]"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SqlCommand.printCsv(new String[]{"org", "note", "phrases"}, rows, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(String.join(System.lineSeparator(),
                "org,note,phrases", "\"ACME, Inc.\",\"say \"\"hi\"\"\",", "\"a\nb\",plain,\"[\"\"x\"\",\"\"y\"\"]\"", ""));
    }
}
