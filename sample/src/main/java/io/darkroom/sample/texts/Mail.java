package io.darkroom.sample.texts;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads back the generator's own MIME layout (see mail.Rfc822): one text body, then attachments. */
final class Mail {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"([^\"]+)\"");
    private static final Pattern MBOX_FROM = Pattern.compile("^From .*$", Pattern.MULTILINE);

    private Mail() {
    }

    /** The text/plain body of a message. */
    static String body(String message) {
        List<String> parts = parts(message);
        return parts.isEmpty() ? afterHeaders(message) : afterHeaders(parts.get(0));
    }

    /** The decoded bytes of the attachment part with this file name. */
    static byte[] attachment(String message, String filename) {
        for (String part : parts(message)) {
            if (part.contains("filename=\"" + filename + "\"")) {
                return Base64.getMimeDecoder().decode(afterHeaders(part).strip());
            }
        }
        throw new IllegalArgumentException("No attachment " + filename);
    }

    static List<String> mboxBodies(String mbox) {
        List<String> bodies = new ArrayList<>();
        for (String message : MBOX_FROM.split(mbox)) {
            if (!message.isBlank()) {
                bodies.add(afterHeaders(message.replaceFirst("^\n", "")).replaceAll("(?m)^>(>*From )", "$1"));
            }
        }
        return bodies;
    }

    private static List<String> parts(String message) {
        Matcher m = BOUNDARY.matcher(message);
        List<String> parts = new ArrayList<>();
        if (!m.find()) {
            return parts;
        }
        String[] pieces = message.split(Pattern.quote("--" + m.group(1)));
        for (int i = 1; i < pieces.length; i++) {
            if (!pieces[i].startsWith("--")) {
                parts.add(pieces[i].replaceFirst("^\r?\n", ""));
            }
        }
        return parts;
    }

    private static String afterHeaders(String part) {
        String normalised = part.replace("\r\n", "\n");
        int blank = normalised.indexOf("\n\n");
        return (blank < 0 ? "" : normalised.substring(blank + 2)).strip();
    }
}
