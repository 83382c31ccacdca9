package io.darkroom.sample.meetings;

import java.time.LocalDate;
import java.util.List;

/** Notes of one meeting, before they are rendered as HTML, plain text or RTF. */
public record MeetingNotes(String title, LocalDate date, String author, List<String> attendees, String location,
                           List<String> discussion, List<String> actions) {
    public MeetingNotes {
        attendees = List.copyOf(attendees);
        discussion = List.copyOf(discussion);
        actions = List.copyOf(actions);
    }

    /** The first line of every rendering, which makes the contract type it {@code meeting_notes}. */
    public String heading() {
        return "MEETING NOTES - " + title;
    }

    public MeetingNotes withDiscussion(List<String> replaced) {
        return new MeetingNotes(title, date, author, attendees, location, replaced, actions);
    }
}
