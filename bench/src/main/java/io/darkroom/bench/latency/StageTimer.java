package io.darkroom.bench.latency;

import io.darkroom.core.catalog.Catalog;
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

import java.time.Clock;
import java.time.LocalDate;

/**
 * QuestionAnswerer's stages called in the same order with the same objects (no session, no insights
 * port: the timed kinds never use them), with a clock read between them. The sum of the stages is the
 * question → answer latency a user sees, minus the session lookup.
 */
final class StageTimer {
    /** Milliseconds per stage of one question, and what came out. */
    record Timing(String question, String expectedKind, String kind, double analyzeMs, double resolveMs, double planMs,
                  double executeMs, double answerMs, int rows, JobClock.Jobs jobs) {
        double totalMs() {
            return analyzeMs + resolveMs + planMs + executeMs + answerMs;
        }
    }

    private final QuestionAnalyzer analyzer;
    private final CatalogResolver resolver;
    private final Planner planner;
    private final PlanExecutor executor;
    private final SqlRenderer sql = new SqlRenderer();
    private final AnswerWriter writer = new AnswerWriter();

    private final JobClock jobs;

    StageTimer(Catalog catalog, TableReader tables, TokenSource tokens, JobClock jobs, Clock clock) {
        this.jobs = jobs;
        this.analyzer = new QuestionAnalyzer(tokens, LocalDate.now(clock));
        this.resolver = new CatalogResolver(new CatalogIndex(catalog));
        this.planner = new Planner(catalog, null, clock);
        this.executor = new PlanExecutor(tables, null);
    }

    Timing ask(BenchQuestion q) {
        jobs.drain();
        long t0 = System.nanoTime();
        AnalyzedQuestion analyzed = analyzer.analyze(q.text());
        long t1 = System.nanoTime();
        Resolution resolution = resolver.resolve(analyzed);
        long t2 = System.nanoTime();
        QueryPlan plan = planner.plan(resolution, null);
        long t3 = System.nanoTime();
        Execution result = executor.execute(plan);
        long t4 = System.nanoTime();
        Answer answer = writer.write(q.text(), plan, result, sql.render(plan), resolution.confidence());
        long t5 = System.nanoTime();
        return new Timing(q.text(), q.kind(), answer.kind(), ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t5 - t4),
                answer.table().rows().size(), jobs.drain());
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
