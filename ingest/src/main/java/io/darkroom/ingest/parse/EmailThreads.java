package io.darkroom.ingest.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A thread key per message: the root Message-ID when the headers name one (the first id of
 * {@code References}, else {@code In-Reply-To}), else the subject without "Re:"/"Fwd:" prefixes
 * (the Enron corpus and many exports carry no References at all), else the message's own id.
 * The prefix ("msgid:" / "subject:") keeps the two kinds of key from colliding.
 */
final class EmailThreads {
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern REPLY_PREFIX = Pattern.compile(
            "^(?:\\s*(?:re|fw|fwd|aw|wg|sv|vs|tr|antw|ref)\\s*(?:\\[\\d+\\])?\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_TAG = Pattern.compile("^\\s*\\[[^\\]]{1,40}\\]\\s*");

    private EmailThreads() {
    }

    static String threadId(String references, String inReplyTo, String subject, String messageId) {
        String root = firstId(references);
        if (root == null) {
            root = firstId(inReplyTo);
        }
        if (root != null) {
            return "msgid:" + root;
        }
        String normalised = normaliseSubject(subject);
        if (normalised != null) {
            return "subject:" + normalised;
        }
        String own = firstId(messageId);
        return own == null ? null : "msgid:" + own;
    }

    static String normaliseSubject(String subject) {
        if (subject == null) {
            return null;
        }
        String s = subject.strip();
        String before;
        do {
            before = s;
            s = LIST_TAG.matcher(s).replaceFirst("");
            s = REPLY_PREFIX.matcher(s).replaceFirst("");
        } while (!s.equals(before));
        s = s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        return s.isEmpty() ? null : s;
    }

    private static String firstId(String header) {
        if (header == null) {
            return null;
        }
        Matcher m = MESSAGE_ID.matcher(header);
        return m.find() ? m.group() : null;
    }
}
