package io.darkroom.sample.meetings;

import io.darkroom.sample.world.Timeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders meeting notes as text, HTML and hand-written RTF. Each starts its text with the heading;
 * RTF carries {@code \creatim} so the reader finds the created date.
 */
public final class MeetingNotesFormats {
    private MeetingNotesFormats() {
    }

    public static byte[] txt(MeetingNotes notes) {
        return String.join("\n", lines(notes)).concat("\n").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] html(MeetingNotes notes) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<title>").append(escapeHtml(notes.heading())).append("</title>\n</head>\n<body>\n")
                .append("<h1>").append(escapeHtml(notes.heading())).append("</h1>\n")
                .append("<p>Date: ").append(Timeline.longDate(notes.date())).append("</p>\n")
                .append("<p>Attendees: ").append(escapeHtml(String.join(", ", notes.attendees()))).append("</p>\n")
                .append("<p>Location: ").append(escapeHtml(notes.location())).append("</p>\n<h2>Discussion</h2>\n<ul>\n");
        notes.discussion().forEach(d -> out.append("<li>").append(escapeHtml(d)).append("</li>\n"));
        out.append("</ul>\n<h2>Action items</h2>\n<ul>\n");
        notes.actions().forEach(a -> out.append("<li>").append(escapeHtml(a)).append("</li>\n"));
        out.append("</ul>\n<p>Minutes taken by ").append(escapeHtml(notes.author())).append(".</p>\n</body>\n</html>\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] rtf(MeetingNotes notes) {
        StringBuilder out = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Helvetica;}}\n")
                .append("{\\info{\\title ").append(escapeRtf(notes.heading())).append("}{\\author ")
                .append(escapeRtf(notes.author())).append("}{\\creatim\\yr").append(notes.date().getYear())
                .append("\\mo").append(notes.date().getMonthValue()).append("\\dy").append(notes.date().getDayOfMonth())
                .append("\\hr12\\min0}}\n\\f0\\fs22\n");
        List<String> lines = lines(notes);
        out.append("{\\b\\fs28 ").append(escapeRtf(lines.get(0))).append("}\\par\n");
        for (String line : lines.subList(1, lines.size())) {
            out.append(escapeRtf(line)).append("\\par\n");
        }
        return out.append("}\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static List<String> lines(MeetingNotes notes) {
        List<String> lines = new ArrayList<>();
        lines.add(notes.heading());
        lines.add("Date: " + Timeline.longDate(notes.date()));
        lines.add("Attendees: " + String.join(", ", notes.attendees()));
        lines.add("Location: " + notes.location());
        lines.add("");
        lines.add("Discussion");
        notes.discussion().forEach(d -> lines.add("- " + d));
        lines.add("");
        lines.add("Action items");
        notes.actions().forEach(a -> lines.add("- " + a));
        lines.add("");
        lines.add("Minutes taken by " + notes.author() + ".");
        return lines;
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String escapeRtf(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\\' || c == '{' || c == '}') {
                out.append('\\').append(c);
            } else if (c > 127) {
                out.append("\\u").append((int) c).append('?');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
