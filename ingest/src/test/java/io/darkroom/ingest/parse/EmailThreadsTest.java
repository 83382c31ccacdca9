package io.darkroom.ingest.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailThreadsTest {
    @Test
    void rootOfReferencesIsTheThread() {
        assertThat(EmailThreads.threadId("<root@x> <mid@x>", "<mid@x>", "Re: plan", "<me@x>")).isEqualTo("msgid:<root@x>");
    }

    @Test
    void inReplyToIsTheThreadWithoutReferences() {
        assertThat(EmailThreads.threadId(null, "<parent@x>", "Re: plan", "<me@x>")).isEqualTo("msgid:<parent@x>");
    }

    @Test
    void withoutReplyHeadersTheSubjectLosesReplyAndForwardPrefixes() {
        assertThat(EmailThreads.threadId(null, null, "RE: FW: Re[2]:  Q3   Plan", "<me@x>")).isEqualTo("subject:q3 plan");
        assertThat(EmailThreads.threadId(null, null, "AW: [team] Q3 plan", "<me@x>")).isEqualTo("subject:q3 plan");
    }

    @Test
    void withoutSubjectTheMessageIsItsOwnThread() {
        assertThat(EmailThreads.threadId(null, null, " ", "<me@x>")).isEqualTo("msgid:<me@x>");
        assertThat(EmailThreads.threadId(null, null, null, null)).isNull();
    }
}
