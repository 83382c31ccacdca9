package io.darkroom.bench.questions;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraderTest {
    private final Grader grader = new Grader();

    private static Question question(String kind, String compare, String gold) {
        return new Question("x1", kind, "-", Comparison.parse(compare), "a question", gold);
    }

    private static Reply table(String kind, List<String> columns, List<Object>... rows) {
        return new Reply(kind, "sentence", columns, List.of(rows));
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void scalarMatchesWithinTheQuestionsRelativeTolerance() {
        Question loose = question("aggregate", "scalar~0.0001", "=18245124.65");
        // 18,245,124.65 vs 18,246,000: off by 875, under 0.01 % (1,824.5).
        assertThat(grader.grade(loose, table("aggregate", List.of("total"), row(18_246_000.0)), loose.literalRows(), false).correct()).isTrue();
        Question exact = question("aggregate", "scalar", "=18245124.65");
        assertThat(grader.grade(exact, table("aggregate", List.of("total"), row(18_246_000.0)), exact.literalRows(), false).correct()).isFalse();
        // BigDecimal and long answers compare as numbers: 433 invoices.
        Question count = question("aggregate", "scalar", "=433");
        assertThat(grader.grade(count, table("aggregate", List.of("n"), row(433L)), count.literalRows(), false).correct()).isTrue();
    }

    @Test
    void scalarMissSaysWhetherTheNumberIsTooLargeOrTooSmall() {
        Question q = question("aggregate", "scalar", "=143");
        Grader.Verdict big = grader.grade(q, table("aggregate", List.of("n"), row(433L)), q.literalRows(), false);
        Grader.Verdict small = grader.grade(q, table("aggregate", List.of("n"), row(97L)), q.literalRows(), true);
        assertThat(big.cause()).isEqualTo("number too large (filter dropped or wrong measure)");
        assertThat(small.cause()).isEqualTo("follow-up: number too small (extra filter, wrong period or wrong measure)");
    }

    @Test
    void pairsCompareLabelsCaseAndSpaceInsensitivelyAndWholeDoublesAsIntegers() {
        Question q = question("trend", "pairs", "=2023:125|2024:143");
        Reply r = table("trend", List.of("year", "invoices"), row(2024.0, 143L), row(" 2023 ", 125));
        assertThat(grader.grade(q, r, q.literalRows(), false).correct()).isTrue();
        Question names = question("breakdown", "pairs", "=East:101|West:85");
        Reply upper = table("breakdown", List.of("region", "tickets"), row("EAST", 101L), row("west", 85L));
        assertThat(grader.grade(names, upper, names.literalRows(), false).correct()).isTrue();
    }

    @Test
    void pairsIgnoreTheNullBucketAndZeroFilledGroups() {
        Question q = question("trend", "pairs", "=2024-01:9|2024-02:9");
        // A null group (rows without a region) and a zero-filled month say nothing the gold does not.
        Reply r = table("trend", List.of("month", "n"), row(null, 1839L), row("2024-01", 9L), row("2024-02", 9L), row("2024-03", 0L));
        assertThat(grader.grade(q, r, q.literalRows(), false).correct()).isTrue();
    }

    @Test
    void pairsNameTheKindOfMismatch() {
        Question q = question("breakdown", "pairs", "=East:101|West:85|North:68");
        assertThat(grader.grade(q, table("breakdown", List.of("r", "n"), row("East", 101L), row("West", 85L)), q.literalRows(), false).cause())
                .isEqualTo("missing groups (filter too narrow, wrong period or limit)");
        assertThat(grader.grade(q, table("breakdown", List.of("r", "n"), row("East", 101L), row("West", 85L), row("North", 68L), row("South", 71L)),
                q.literalRows(), false).cause()).isEqualTo("extra groups (filter or limit missing)");
        assertThat(grader.grade(q, table("breakdown", List.of("r", "n"), row("East", 1L), row("West", 85L), row("North", 68L)), q.literalRows(), false).cause())
                .isEqualTo("right groups, wrong values (measure or filter)");
        assertThat(grader.grade(q, table("breakdown", List.of("p", "n"), row("Pump", 1L)), q.literalRows(), false).cause())
                .isEqualTo("wrong grouping (no label in common)");
        assertThat(grader.grade(q, table("aggregate", List.of("n"), row(325L)), q.literalRows(), false).cause())
                .isEqualTo("too few columns (aggregate)");
    }

    @Test
    void triplesKeyOnTwoLabels() {
        Question q = question("breakdown", "triples", "=East:High:20|East:Low:30");
        Reply r = table("breakdown", List.of("region", "priority", "n"), row("east", "low", 30L), row("east", "high", 20L));
        assertThat(grader.grade(q, r, q.literalRows(), false).correct()).isTrue();
    }

    @Test
    void valuesIgnoreTheAnswerersPeriodLabels() {
        Question q = question("compare", "values", "=143|=125".replace("|=", "|"));
        Reply r = table("compare", List.of("period", "invoices"), row("in 2023", 125L), row("in 2024", 143L));
        assertThat(grader.grade(q, r, q.literalRows(), false).correct()).isTrue();
        Reply wrong = table("compare", List.of("period", "invoices"), row("in 2023", 125L), row("in 2024", 433L));
        assertThat(grader.grade(q, wrong, q.literalRows(), false).cause()).isEqualTo("right shape, wrong values (measure, period or filter)");
    }

    @Test
    void containsFindsTheGoldValueInAnyCell() {
        Question q = question("lookup", "contains", "=Lumen Optics GmbH");
        Reply r = table("lookup", List.of("title", "customer"), row("Invoice INV-2023-00002", "lumen optics gmbh"));
        assertThat(grader.grade(q, r, q.literalRows(), false).correct()).isTrue();
        Question amount = question("lookup", "contains", "=4086.28");
        assertThat(grader.grade(amount, table("lookup", List.of("amount"), row(new java.math.BigDecimal("4086.28"))), amount.literalRows(), false).correct()).isTrue();
    }

    @Test
    void documentSearchJudgesOnlyTheTopFiveResults() {
        List<List<Object>> gold = List.of(row("d1"), row("d2"), row("d3"), row("d4"), row("d5"));
        Question q = question("document_search", "subset", "SELECT doc_id FROM documents");
        Reply topRight = table("document_search", List.of("document"), row("d1"), row("d2"), row("d3"), row("d4"), row("d5"), row("x6"));
        assertThat(grader.grade(q, topRight, gold, false).correct()).isTrue();
        Reply oneWrong = table("document_search", List.of("document"), row("d1"), row("x2"));
        Grader.Verdict v = grader.grade(q, oneWrong, gold, false);
        assertThat(v.correct()).isFalse();
        assertThat(v.got()).startsWith("1 of the top 2 miss");
    }

    @Test
    void clarifyAndInsightQuestionsCheckTheAnswerKind() {
        Question clarify = question("clarify", "clarify", "-");
        assertThat(grader.grade(clarify, table("clarify", List.of()), List.of(), false).correct()).isTrue();
        assertThat(grader.grade(clarify, table("aggregate", List.of("n"), row(0L)), List.of(), false).cause()).isEqualTo("answered instead of clarifying");
        Question why = question("why", "insight", "-");
        assertThat(grader.grade(why, table("why", List.of("dimension", "value"), row("region", "East")), List.of(), false).correct()).isTrue();
        assertThat(grader.grade(why, table("why", List.of("dimension", "value")), List.of(), false).cause()).isEqualTo("insight empty or not available");
        assertThat(grader.grade(why, table("trend", List.of("m", "n"), row("2024-11", 19L)), List.of(), false).cause())
                .isEqualTo("wrong plan kind (trend instead of why)");
    }

    @Test
    void aPlanThatFailedToRunCountsAsACrashNotAClarification() {
        Question q = question("aggregate", "scalar", "=1");
        Reply crashed = new Reply("clarify", "I understood the question but could not compute the answer (AnalysisException).", List.of(), List.of());
        assertThat(grader.grade(q, crashed, q.literalRows(), false).cause()).isEqualTo("failed to run (turned into a clarification)");
        Reply ambiguous = new Reply("clarify", "Your question fits several tables equally well: a, b. Which one do you mean?", List.of(), List.of());
        assertThat(grader.grade(q, ambiguous, q.literalRows(), false).cause()).isEqualTo("clarified: several tables fit equally well");
    }

    @Test
    void comparisonAndQuestionRejectBadInputWithTheFix() {
        assertThatThrownBy(() -> Comparison.parse("roughly")).hasMessageContaining("Cannot read comparison 'roughly': use scalar[~tol]");
        assertThatThrownBy(() -> Comparison.parse("scalar~2")).hasMessageContaining("Cannot use tolerance 2.0");
        assertThatThrownBy(() -> question("aggregate", "scalar", "-")).hasMessageContaining("needs a gold SQL query or =literal");
    }
}
