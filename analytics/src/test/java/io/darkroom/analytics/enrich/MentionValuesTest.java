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
}
