package io.darkroom.nlq.resolve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which wordings ask to look a value up. */
class LookupCueTest {
    private final CueReader cues = new CueReader();

    @Test
    void aQuestionWordAfterALeadingPrepositionAsksForALookup() {
        assertThat(cues.read("in what city did piotr finish first?").lookup()).isTrue();
        assertThat(cues.read("for which team did he play in 2004?").lookup()).isTrue();
        assertThat(cues.read("name the team that won in 1999").lookup()).isTrue();
    }

    @Test
    void statementsWithoutAQuestionWordDoNotAskForALookup() {
        assertThat(cues.read("revenue in germany").lookup()).isFalse();
        assertThat(cues.read("in germany by month").lookup()).isFalse();
    }
}
