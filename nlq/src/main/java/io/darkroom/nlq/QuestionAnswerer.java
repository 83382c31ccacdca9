package io.darkroom.nlq;

import io.darkroom.nlq.answer.Answer;
import io.darkroom.nlq.answer.AnswerWriter;
import io.darkroom.nlq.answer.ResultTable;
import io.darkroom.nlq.plan.PlanExecutor;
import io.darkroom.nlq.plan.QueryPlan;
import io.darkroom.nlq.plan.QuestionPlanner;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Question in, answer out: plan, execute over the facts table, write the answer. */
public final class QuestionAnswerer {
    private final QuestionPlanner planner = new QuestionPlanner();
    private final AnswerWriter writer = new AnswerWriter();
    private final PlanExecutor executor;

    public QuestionAnswerer(Dataset<Row> facts) {
        this.executor = new PlanExecutor(facts);
    }

    public Answer ask(String question) {
        QueryPlan plan = planner.plan(question);
        ResultTable table = executor.execute(plan);
        return writer.write(question, plan, table);
    }
}
