package io.darkroom.analytics.enrich;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class MentionValuesTest {
    private final MentionValues values = new MentionValues(new EmailDirectory());

    @Test
    void aTimeThatNamesADayKeepsTheDayAndAClockTimeAloneHasNone() {
        String text = "6 February 2023 at 10:00 works well for us; see you at 10:00.";
        Mention dayAndTime = values.complete(new MentionValues.Raw(0, 0, 24, "TIME", "2023-02-06T10:00", "sutime"), text);
        Mention clock = values.complete(new MentionValues.Raw(0, 55, 60, "TIME", "T10:00", "sutime"), text);

        assertThat(dayAndTime.date()).isEqualTo(LocalDate.of(2023, 2, 6));
        assertThat(dayAndTime.normalized()).isEqualTo("2023-02-06T10:00");
        assertThat(clock.date()).isNull();
    }

    @Test
    void aDateThatNamesNoDayIsAPeriodWithSutimesValue() {
        String text = "Revenue reached EUR 738,000.00 in January, 3% above the same month last year; signed 6 March 2024.";
        Mention month = values.complete(at(text, "January", "2024-01"), text);
        Mention span = values.complete(at(text, "the same month last year", "2023-01"), text);
        Mention day = values.complete(at(text, "6 March 2024", "2024-03-06"), text);

        assertThat(month.type()).isEqualTo("PERIOD");
        assertThat(month.normalized()).isEqualTo("2024-01");
        assertThat(month.date()).isNull();
        assertThat(span.text()).isEqualTo("the same month last year");
        assertThat(span.type()).isEqualTo("PERIOD");
        assertThat(day.type()).isEqualTo("DATE");
        assertThat(day.date()).isEqualTo(LocalDate.of(2024, 3, 6));
    }

    private static MentionValues.Raw at(String text, String surface, String timex) {
        int begin = text.indexOf(surface);
        return new MentionValues.Raw(0, begin, begin + surface.length(), "DATE", timex, "sutime");
    }
}
