package io.darkroom.nlq;

import io.darkroom.nlq.analyze.AnalyzedQuestion;
import io.darkroom.nlq.analyze.CoreNlpTokens;
import io.darkroom.nlq.analyze.QuestionAnalyzer;
import io.darkroom.nlq.answer.AnswerWriter;
import io.darkroom.nlq.exec.Execution;
import io.darkroom.nlq.exec.SqlRenderer;
import io.darkroom.nlq.fixtures.ShopCatalog;
import io.darkroom.nlq.plan.Planner;
import io.darkroom.nlq.plan.QueryPlan;
import io.darkroom.nlq.resolve.CatalogIndex;
import io.darkroom.nlq.resolve.CatalogResolver;
import io.darkroom.nlq.answer.ResultTable;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: for any string — empty, huge, emoji, other scripts, SQL- or script-like — analysis,
 * resolution, planning, SQL rendering and the answer text never throw, and the rendered SQL never
 * contains raw question text outside catalog values. Real CoreNLP; Spark is covered by the Spark tests.
 */
class QuestionFuzzTest {
    private static final String[] PIECES = {"how many", "'; DROP TABLE facts; --", "<script>alert(1)</script>", "😀", "orders",
            "in 2024", "per", "month", "\u0000", "\n", "Wie viele Rechnungen", "%s%n", "9999", "by country", " ", "top 5",
            "between 1 and", "not in", "Germany", "vs", "why", "last quarter", "more than 5,000", "Acme Corp", "revenue", "売上",
            "\" OR 1=1 --", "${jndi:ldap://x}", "q9", "the past 0 weeks", "share of", "and", "what about", "amount"};

    @Test
    void noExceptionEscapesForThousandsOfGeneratedQuestions() {
        QuestionAnalyzer analyzer = new QuestionAnalyzer(new CoreNlpTokens(), LocalDate.of(2024, 6, 30));
        CatalogResolver resolver = new CatalogResolver(new CatalogIndex(ShopCatalog.catalog()));
        Planner planner = new Planner(ShopCatalog.catalog(), null, Clock.systemUTC());
        SqlRenderer sql = new SqlRenderer();
        AnswerWriter writer = new AnswerWriter();
        Random random = new Random(7);
        QueryPlan previous = null;
        int clarified = 0;
        for (int i = 0; i < 3_000; i++) {
            String q = question(random, i);
            AnalyzedQuestion a = analyzer.analyze(q);
            QueryPlan plan = planner.plan(resolver.resolve(a), previous);
            String text = sql.render(plan);
            writer.write(q, plan, Execution.of(ResultTable.EMPTY), text, 0.5);
            if (text != null) {
                assertThat(text).doesNotContain("DROP").doesNotContain("<script").doesNotContain("jndi");
            }
            clarified += plan instanceof QueryPlan.Clarify ? 1 : 0;
            previous = plan instanceof QueryPlan.Clarify ? previous : plan;
        }
        System.out.println("Fuzz: 3000 questions, " + clarified + " clarifications, no exception");
    }

    private static String question(Random random, int i) {
        if (i % 500 == 0) {
            return "x".repeat(10_000);
        }
        if (i % 500 == 1) {
            return i % 1000 == 1 ? "" : "   \t ";
        }
        StringBuilder q = new StringBuilder();
        int n = random.nextInt(7);
        for (int j = 0; j < n; j++) {
            q.append(random.nextBoolean() ? PIECES[random.nextInt(PIECES.length)] : String.valueOf((char) random.nextInt(0x2FFF))).append(' ');
        }
        return q.toString();
    }
}
