package io.darkroom.bench.wtq;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WtqValueTest {
    @Test
    void normalizationFoldsCaseDiacriticsCitationsParenthesesAndFinalPeriod() {
        assertThat(WtqValue.normalize("  Bangkok,   Thailand. ")).isEqualTo("bangkok, thailand");
        assertThat(WtqValue.normalize("Zürich [3]")).isEqualTo("zurich");
        assertThat(WtqValue.normalize("Wolfe Tones (GAA)")).isEqualTo("wolfe tones");
        assertThat(WtqValue.normalize("\"Crettyard\"")).isEqualTo("crettyard");
        assertThat(WtqValue.normalize("1998–99")).isEqualTo("1998-99");
    }

    @Test
    void numbersCompareByValueWhateverTheirWriting() {
        assertThat(WtqValue.of(12467L).matches(WtqValue.of("12,467"))).isTrue();
        assertThat(WtqValue.of(3.0).matches(WtqValue.of("3"))).isTrue();
        assertThat(WtqValue.of("2004").matches(WtqValue.of(2004))).isTrue();
        assertThat(WtqValue.of(3.5).matches(WtqValue.of("3"))).isFalse();
    }

    @Test
    void isoDatesCompareByDayAndGoldUnknownPartsStayUnknown() {
        assertThat(WtqValue.of(LocalDate.of(2005, 7, 1)).matches(WtqValue.of("2005-07-01"))).isTrue();
        assertThat(WtqValue.of(LocalDate.of(2005, 7, 1)).matches(WtqValue.of("2005-7-2"))).isFalse();
        assertThat(WtqValue.of("xx-07-01")).isEqualTo(new WtqValue.Date(-1, 7, 1, "xx-07-01"));
    }

    @Test
    void answersMatchAsSetsOfTheSameSize() {
        List<WtqValue> gold = WtqValue.all(List.of("Canada", "Mexico"));
        assertThat(WtqValue.sameAnswer(WtqValue.all(List.of("mexico", "CANADA")), gold)).isTrue();
        assertThat(WtqValue.sameAnswer(WtqValue.all(List.of("Canada")), gold)).isFalse();
        assertThat(WtqValue.sameAnswer(WtqValue.all(List.of("Canada", "Mexico", "Peru")), gold)).isFalse();
    }

    @Test
    void aScalarAnswerMatchesASingleNumberGold() {
        assertThat(WtqValue.sameAnswer(WtqValue.all(List.of(7L)), WtqValue.all(List.of("7")))).isTrue();
        assertThat(WtqValue.sameAnswer(WtqValue.all(List.of(7L)), WtqValue.all(List.of("8")))).isFalse();
    }

    @Test
    void questionsFileEscapesAreUndone() {
        assertThat(WtqQuestion.unescape("a\\pb\\nc\\\\d")).isEqualTo("a|b\nc\\d");
    }

    @Test
    void datasetNamesSpellTheTableNumbersWithoutDigits() {
        // digits 0-9 become b c d f g h j k l m: 204 -> dbg, 590 -> hmb
        assertThat(new WtqQuestion("nt-0", "q", "csv/204-csv/590.csv", List.of("2004")).datasetName()).isEqualTo("wtq_dbg_hmb");
        assertThat(new WtqQuestion("nt-1", "q", "csv/203-csv/1.csv", List.of("1")).datasetName()).isEqualTo("wtq_dbf_c");
    }

    @Test
    void questionNeedIsReadFromTheWording() {
        assertThat(QuestionNeed.of("which team won previous to crettyard?")).isEqualTo(QuestionNeed.ADJACENT_ROW);
        assertThat(QuestionNeed.of("how many more passengers flew to los angeles than to saskatoon?"))
                .isEqualTo(QuestionNeed.DIFFERENCE_BETWEEN_ROWS);
        assertThat(QuestionNeed.of("which city has the most passengers?")).isEqualTo(QuestionNeed.SUPERLATIVE);
        assertThat(QuestionNeed.of("how many teams are from canada?")).isEqualTo(QuestionNeed.COUNTING);
        assertThat(QuestionNeed.of("in what city is the team based?")).isEqualTo(QuestionNeed.LOOKUP);
    }
}
