package io.darkroom.nlq.analyze;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RelativeDatesTest {
    /** Reference: the last day with data, a Wednesday in Q2. */
    private static final LocalDate REF = LocalDate.of(1998, 5, 6);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "'total in 1997',                1997-01-01, 1998-01-01",
            "'orders last quarter',          1998-01-01, 1998-04-01",
            "'orders this quarter',          1998-04-01, 1998-05-07",
            "'in march 1997',                1997-03-01, 1997-04-01",
            "'in march',                     1998-03-01, 1998-04-01",
            "'in june',                      1997-06-01, 1997-07-01",
            "'since january',                1998-01-01, 1998-05-07",
            "'the past 6 weeks',             1998-03-26, 1998-05-07",
            "'the last three months',        1998-02-07, 1998-05-07",
            "'year to date',                 1998-01-01, 1998-05-07",
            "'ytd',                          1998-01-01, 1998-05-07",
            "'q3',                           1997-07-01, 1997-10-01",
            "'q1',                           1998-01-01, 1998-04-01",
            "'q3 1996',                      1996-07-01, 1996-10-01",
            "'1997 q4',                      1997-10-01, 1998-01-01",
            "'the second quarter of 1997',   1997-04-01, 1997-07-01",
            "'last year',                    1997-01-01, 1998-01-01",
            "'this year',                    1998-01-01, 1998-05-07",
            "'last month',                   1998-04-01, 1998-05-01",
            "'last week',                    1998-04-27, 1998-05-04",
            "'between 1996 and 1997',        1996-01-01, 1998-01-01",
            "'since 1997',                   1997-01-01, 1998-05-07",
            "'since october 1997',           1997-10-01, 1998-05-07",
            "'in the first half of 1997',    1997-01-01, 1997-07-01",
            "'second half of 1997',          1997-07-01, 1998-01-01",
            "'h2 1996',                      1996-07-01, 1997-01-01",
            "'the year before last',         1996-01-01, 1997-01-01",
            "'1997-03',                      1997-03-01, 1997-04-01",
            "'on 1997-03-05',                1997-03-05, 1997-03-06",
            "'yesterday',                    1998-05-05, 1998-05-06"})
    void pinsEachPhraseToAHalfOpenRange(String text, LocalDate from, LocalDate to) {
        List<DatePhrase> found = RelativeDates.find(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).spec().resolve(REF)).isEqualTo(new DateRange(from, to));
    }

    @ParameterizedTest
    @CsvSource({"'orders with freight more than 2000'", "'how many orders'", "'top 5 customers'", "'may be late'"})
    void amountsAndWordsAreNotDates(String text) {
        assertThat(RelativeDates.find(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void labelsReadNaturally() {
        assertThat(DateRange.year(1997).label()).isEqualTo("in 1997");
        assertThat(new DateRange(LocalDate.of(1997, 7, 1), LocalDate.of(1997, 10, 1)).label()).isEqualTo("in Q3 1997");
        assertThat(new DateRange(LocalDate.of(1997, 3, 1), LocalDate.of(1997, 4, 1)).label()).isEqualTo("in March 1997");
        assertThat(DateRange.year(1997).previous()).isEqualTo(DateRange.year(1996));
    }
}
