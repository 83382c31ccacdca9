package io.darkroom.nlq.analyze;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Real CoreNLP (the QUESTIONS profile): loads once per JVM, then milliseconds per question. */
class QuestionAnalyzerTest {
    private static QuestionAnalyzer analyzer;

    @BeforeAll
    static void warm() {
        analyzer = new QuestionAnalyzer(new CoreNlpTokens(), LocalDate.of(1998, 5, 6));
        analyzer.analyze("warm up the pipeline");
    }

    @Test
    void givesLemmasPosAndNumbers() {
        AnalyzedQuestion q = analyzer.analyze("How many orders were shipped to Germany with freight over 5,000?");
        assertThat(q.tokens()).extracting(Token::lemma).contains("order", "ship", "germany");
        assertThat(q.tokens().stream().filter(t -> t.word().equals("Germany")).findFirst().orElseThrow().ner()).isEqualTo("LOCATION");
        assertThat(q.tokens().stream().filter(t -> t.word().equals("5,000")).findFirst().orElseThrow().pos()).isEqualTo("CD");
    }

    @Test
    void explicitDaysComeFromSuTime() {
        AnalyzedQuestion q = analyzer.analyze("how many orders on July 4, 1996");
        assertThat(q.dates()).hasSize(1);
        assertThat(q.dates().get(0).spec().resolve(LocalDate.of(1998, 5, 6)))
                .isEqualTo(new DateRange(LocalDate.of(1996, 7, 4), LocalDate.of(1996, 7, 5)));
    }

    @Test
    void warmAnalysisIsFast() {
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            analyzer.analyze("total freight by ship country in the past 6 weeks");
        }
        long perQuestionMs = (System.nanoTime() - start) / 20 / 1_000_000;
        System.out.println("CoreNLP analysis, warm: " + perQuestionMs + " ms per question");
        assertThat(perQuestionMs).isLessThan(200);
    }

    @Test
    void rejectsWhatCannotBeRead() {
        assertThat(analyzer.analyze("   ").problem()).isEqualTo(AnalyzedQuestion.Problem.EMPTY);
        assertThat(analyzer.analyze("x".repeat(10_000)).problem()).isEqualTo(AnalyzedQuestion.Problem.TOO_LONG);
        assertThat(analyzer.analyze("😀😀 ??").problem()).isEqualTo(AnalyzedQuestion.Problem.NO_WORDS);
        assertThat(analyzer.analyze("売上はいくらですか").problem()).isEqualTo(AnalyzedQuestion.Problem.NOT_ENGLISH);
    }
}
