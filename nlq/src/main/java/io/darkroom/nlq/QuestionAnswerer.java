package io.darkroom.nlq;

import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.insights.Insights;
import io.darkroom.nlq.analyze.AnalyzedQuestion;
import io.darkroom.nlq.analyze.QuestionAnalyzer;
import io.darkroom.nlq.analyze.TokenSource;
import io.darkroom.nlq.answer.Answer;
import io.darkroom.nlq.answer.AnswerWriter;
import io.darkroom.nlq.exec.Execution;
import io.darkroom.nlq.exec.PlanExecutor;
import io.darkroom.nlq.exec.SqlRenderer;
import io.darkroom.nlq.exec.TableReader;
import io.darkroom.nlq.plan.Planner;
import io.darkroom.nlq.plan.QueryPlan;
import io.darkroom.nlq.resolve.CatalogIndex;
import io.darkroom.nlq.resolve.CatalogResolver;
import io.darkroom.nlq.resolve.Resolution;
import io.darkroom.nlq.session.SessionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Question in, answer out: analyse → resolve against the catalog → plan (with the session's last
 * plan) → execute → write. Never throws for a question: anything that fails becomes a
 * clarification that says so.
 */
public final class QuestionAnswerer {
    private static final Logger LOG = LoggerFactory.getLogger(QuestionAnswerer.class);

    private final QuestionAnalyzer analyzer;
    private final CatalogResolver resolver;
    private final Planner planner;
    private final PlanExecutor executor;
    private final SqlRenderer sql = new SqlRenderer();
    private final AnswerWriter writer = new AnswerWriter();
    private final SessionStore sessions;

    /**
     * @param tokens        {@code new CoreNlpTokens()} in production
     * @param insights      the insights port, or null while analytics does not provide one
     * @param fixedReference the date relative phrases count from; null = each time column's last date
     */
    public QuestionAnswerer(Catalog catalog, TableReader tables, TokenSource tokens, Insights insights, LocalDate fixedReference, Clock clock) {
        LocalDate analysisDate = fixedReference != null ? fixedReference : LocalDate.now(clock);
        this.analyzer = new QuestionAnalyzer(tokens, analysisDate);
        this.resolver = new CatalogResolver(new CatalogIndex(catalog));
        this.planner = new Planner(catalog, fixedReference, clock);
        this.executor = new PlanExecutor(tables, insights);
        this.sessions = new SessionStore(10_000, Duration.ofHours(8), clock);
    }

    /** A question without conversation context. */
    public Answer ask(String question) {
        return ask(null, question);
    }

    /** A question in a session: follow-ups ("and in Germany?", "by month", "why?") refine the session's last plan. */
    public Answer ask(String sessionId, String question) {
        QueryPlan plan = null;
        try {
            AnalyzedQuestion analyzed = analyzer.analyze(question);
            Resolution resolution = resolver.resolve(analyzed);
            plan = planner.plan(resolution, analyzed.rejected() ? null : sessions.last(sessionId).orElse(null));
            Execution result = executor.execute(plan);
            double confidence = resolution.confidence() * (resolution.unknown().isEmpty() ? 1.0 : 0.7);
            Answer answer = writer.write(question, plan, result, sql.render(plan), confidence);
            sessions.remember(sessionId, plan);
            return answer;
        } catch (RuntimeException e) {
            // A plan that fails to run (type mismatch, missing table) is a clarification, never a stack trace.
            LOG.warn("Cannot answer a question (plan kind {}): {}", plan == null ? "none" : plan.kind(), e.toString());
            LOG.debug("Failed question: {}", question, e);
            QueryPlan.Clarify c = new QueryPlan.Clarify("I understood the question but could not compute the answer ("
                    + e.getClass().getSimpleName() + "). Please rephrase it or ask about a single table.", List.of());
            return writer.write(question == null ? "" : question, c, Execution.of(io.darkroom.nlq.answer.ResultTable.EMPTY), null, 0);
        }
    }
}
