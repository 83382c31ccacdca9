package io.darkroom.sample.mail;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A mailbox in mboxrd form: each message starts with a "From " separator line, and body lines
 * that start with any number of '>' followed by "From " get one more '>'.
 */
public final class Mboxrd {
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy",
            Locale.ENGLISH);
    private static final Pattern FROM_LINE = Pattern.compile("^(>*From )", Pattern.MULTILINE);

    private Mboxrd() {
    }

    public static byte[] mailbox(List<MailMessage> messages) {
        StringBuilder out = new StringBuilder();
        for (MailMessage message : messages) {
            out.append("From ").append(message.from().email()).append(' ')
                    .append(ASCTIME.format(message.sentAt())).append('\n');
            out.append(FROM_LINE.matcher(Rfc822.plain(message, "\n")).replaceAll(">$1")).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
