package io.darkroom.bench.questions;

import io.darkroom.nlq.QuestionAnswerer;
import io.darkroom.nlq.answer.Answer;
import org.apache.spark.sql.SparkSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Asks one question set in order (sessions carry follow-ups) and grades every answer. */
final class QuestionRun {
    /** One question's outcome. */
    record Outcome(Question question, boolean followUp, String answerKind, String interpretation, String tableUsed,
                   Grader.Verdict verdict, long millis) {
    }

    /** One set's outcomes, in file order. */
    record SetResult(String name, List<Outcome> outcomes) {
        SetResult {
            Objects.requireNonNull(name, "name");
            outcomes = List.copyOf(outcomes);
        }
    }

    private final SparkSession spark;
    private final QuestionAnswerer answerer;
    private final Grader grader = new Grader();

    QuestionRun(SparkSession spark, QuestionAnswerer answerer) {
        this.spark = spark;
        this.answerer = answerer;
    }

    SetResult run(String set, List<Question> questions) {
        answerer.ask("how many documents"); // warm-up: CoreNLP and Spark's first job are not the answerer's latency
        List<Outcome> out = new ArrayList<>();
        String previousSession = null;
        for (Question q : questions) {
            boolean followUp = q.session() != null && q.session().equals(previousSession);
            previousSession = q.session();
            String session = q.session() == null ? null : set + ":" + q.session();
            List<List<Object>> gold;
            try {
                gold = gold(q);
            } catch (RuntimeException e) {
                String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
                out.add(new Outcome(q, followUp, "-", "", null, new Grader.Verdict(false, "gold SQL error (question file)", msg, "-"), 0));
                answerer.ask(session, q.text()); // keep the session's state as if graded
                continue;
            }
            long start = System.nanoTime();
            Answer a = answerer.ask(session, q.text());
            long millis = (System.nanoTime() - start) / 1_000_000;
            Grader.Verdict v = grader.grade(q, QuestionBench.reply(a), gold, followUp);
            out.add(new Outcome(q, followUp, a.kind(), a.interpretation(), a.tableUsed(), v, millis));
            System.out.printf("%-8s %-4s %-16s %s%n", q.id(), v.correct() ? "ok" : "MISS", a.kind(), v.correct() ? "" : v.cause());
        }
        return new SetResult(set, out);
    }

    private List<List<Object>> gold(Question q) {
        if (q.gold() == null) {
            return List.of();
        }
        if (q.literalGold()) {
            return q.literalRows();
        }
        return spark.sql(q.gold()).collectAsList().stream().map(QuestionBench::plain).toList();
    }
}
