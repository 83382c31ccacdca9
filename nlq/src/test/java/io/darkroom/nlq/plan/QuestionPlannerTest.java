package io.darkroom.nlq.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class QuestionPlannerTest {
    private final QuestionPlanner planner = new QuestionPlanner();

    @Test
    void documentsPerMonthIsAMonthlyTrendOfAllDocuments() {
        assertThat(planner.plan("how many documents per month"))
                .isEqualTo(new QueryPlan.Trend(DocumentFilter.NONE, TimeGrain.MONTH));
    }

    @Test
    void invoicesInAYearIsAFilteredCount() {
        assertThat(planner.plan("How many invoices were there in 2024?"))
                .isEqualTo(new QueryPlan.Aggregate(new DocumentFilter("invoice", 2024)));
    }

    @ParameterizedTest
    @CsvSource({
            "'number of e-mails by month in 2023', email, 2023, MONTH",
            "'how many contracts quarterly', contract, , QUARTER",
            "'Count the tickets per year', ticket, , YEAR",
            "'how many meeting notes a month', meeting_notes, , MONTH",
            "'how many workbooks each day in 2025', spreadsheet, 2025, DAY"})
    void synonymsAndGrainsAreRecognised(String question, String type, Integer year, TimeGrain grain) {
        assertThat(planner.plan(question)).isEqualTo(new QueryPlan.Trend(new DocumentFilter(type, year), grain));
    }

    @Test
    void byTypeIsABreakdown() {
        assertThat(planner.plan("how many files by type in 2024"))
                .isEqualTo(new QueryPlan.Breakdown(new DocumentFilter(null, 2024)));
    }

    @Test
    void unknownThingsAreClarifiedNamingTheWordNotGuessed() {
        QueryPlan plan = planner.plan("how many unicorns did we sell");
        assertThat(plan).isInstanceOf(QueryPlan.Clarify.class);
        assertThat(((QueryPlan.Clarify) plan).reason()).contains("'unicorns did'");
        assertThat(((QueryPlan.Clarify) plan).suggestions()).isNotEmpty();
    }

    @Test
    void questionsWithoutACountAreClarified() {
        assertThat(planner.plan("why did sales drop")).isInstanceOf(QueryPlan.Clarify.class);
        assertThat(planner.plan("   ")).isInstanceOf(QueryPlan.Clarify.class);
        assertThat(planner.plan(null)).isInstanceOf(QueryPlan.Clarify.class);
        assertThat(planner.plan("how many documents " + "x".repeat(2_000))).isInstanceOf(QueryPlan.Clarify.class);
    }

    @Test
    void arbitraryStringsNeverThrow() {
        Random random = new Random(7);
        String[] pieces = {"how many", "'; DROP TABLE facts; --", "<script>alert(1)</script>", "😀", "invoices",
                "in 2024", "per", "month", "\u0000", "\n", "Wie viele Rechnungen", "%s%n", "9999", "by type", " "};
        assertThatCode(() -> {
            for (int i = 0; i < 3_000; i++) {
                StringBuilder q = new StringBuilder();
                int n = random.nextInt(6);
                for (int j = 0; j < n; j++) {
                    q.append(random.nextBoolean() ? pieces[random.nextInt(pieces.length)]
                            : (char) random.nextInt(0x2FFF)).append(' ');
                }
                planner.plan(q.toString());
            }
        }).doesNotThrowAnyException();
    }
}
