package io.darkroom.nlq;

import io.darkroom.core.spark.SharedSpark;
import io.darkroom.core.warehouse.FactsTable;
import io.darkroom.nlq.answer.Answer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionAnswererSparkTest {
    private static QuestionAnswerer answerer;

    @BeforeAll
    static void facts() {
        List<Row> rows = new ArrayList<>();
        rows.add(fact("i1", "invoice", "2024-01-10"));
        rows.add(fact("i2", "invoice", "2024-01-20"));
        rows.add(fact("i3", "invoice", "2023-05-02"));
        rows.add(fact("e1", "email", "2024-02-01"));
        rows.add(fact("e2", "email", "2024-01-03"));
        Dataset<Row> facts = SharedSpark.session().createDataFrame(rows, FactsTable.TABLE.schema());
        answerer = new QuestionAnswerer(facts);
    }

    @Test
    void countsInvoicesOfOneYear() {
        Answer answer = answerer.ask("how many invoices were there in 2024");
        assertThat(answer.table().rows()).containsExactly(List.of(2L));
        assertThat(answer.sentence()).isEqualTo("There are 2 invoices in 2024.");
        assertThat(answer.sql()).isEqualTo("SELECT COUNT(*) AS documents FROM facts WHERE doc_type = 'invoice' AND year = 2024");
    }

    @Test
    void countsDocumentsPerMonthInCalendarOrder() {
        Answer answer = answerer.ask("how many documents per month");
        assertThat(answer.table().columns()).containsExactly("month", "documents");
        assertThat(answer.table().rows()).containsExactly(
                List.of("2023-05", 1L), List.of("2024-01", 3L), List.of("2024-02", 1L));
        assertThat(answer.sentence()).contains("5 documents").contains("2024-01 with 3");
    }

    @Test
    void breaksDownByType() {
        Answer answer = answerer.ask("how many documents by type in 2024");
        assertThat(answer.table().rows()).containsExactly(List.of("email", 2L), List.of("invoice", 2L));
    }

    @Test
    void hostileTextIsClarifiedAndNeverReachesSql() {
        Answer answer = answerer.ask("how many invoices'; DROP TABLE facts; -- in 2024");
        assertThat(answer.kind()).isEqualTo("aggregate");
        assertThat(answer.sql()).doesNotContain("DROP");
        Answer nonsense = answerer.ask("<script>alert(1)</script>");
        assertThat(nonsense.isClarification()).isTrue();
        assertThat(nonsense.sql()).isNull();
    }

    private static Row fact(String id, String type, String day) {
        Timestamp ts = Timestamp.valueOf(day + " 12:00:00");
        int year = Integer.parseInt(day.substring(0, 4));
        int month = Integer.parseInt(day.substring(5, 7));
        return RowFactory.create(id, "/share/" + id, null, type, "application/pdf", null, ts, Date.valueOf(day),
                day.substring(0, 7), year + "-Q" + ((month - 1) / 3 + 1), year);
    }
}
