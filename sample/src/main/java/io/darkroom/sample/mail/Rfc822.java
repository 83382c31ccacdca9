package io.darkroom.sample.mail;

import io.darkroom.sample.format.TextWrap;
import io.darkroom.sample.world.Person;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.stream.Collectors;

/**
 * Writes messages as RFC 822 / MIME text by hand: multipart/mixed with exactly one text/plain
 * body part first and then the attachments (base64, 76-character lines), CRLF line endings.
 */
public final class Rfc822 {
    private static final String CRLF = "\r\n";
    private static final Base64.Encoder BASE64 = Base64.getMimeEncoder(76, CRLF.getBytes(StandardCharsets.US_ASCII));

    private Rfc822() {
    }

    public static byte[] eml(MailMessage message) {
        String boundary = "=_darkroom_" + Integer.toHexString(message.messageId().hashCode());
        StringBuilder out = new StringBuilder();
        headers(message, out, CRLF);
        out.append("MIME-Version: 1.0").append(CRLF);
        out.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append('"').append(CRLF);
        out.append(CRLF);
        out.append("--").append(boundary).append(CRLF);
        out.append("Content-Type: text/plain; charset=UTF-8").append(CRLF);
        out.append("Content-Transfer-Encoding: 8bit").append(CRLF).append(CRLF);
        out.append(wrappedBody(message, CRLF)).append(CRLF);
        for (Attachment attachment : message.attachments()) {
            out.append("--").append(boundary).append(CRLF);
            out.append("Content-Type: ").append(attachment.contentType()).append("; name=\"")
                    .append(attachment.filename()).append('"').append(CRLF);
            out.append("Content-Disposition: attachment; filename=\"").append(attachment.filename()).append('"')
                    .append(CRLF);
            out.append("Content-Transfer-Encoding: base64").append(CRLF).append(CRLF);
            out.append(BASE64.encodeToString(attachment.bytes())).append(CRLF);
        }
        out.append("--").append(boundary).append("--").append(CRLF);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A plain single-part message with the given line separator (mbox files use LF). */
    static String plain(MailMessage message, String newline) {
        StringBuilder out = new StringBuilder();
        headers(message, out, newline);
        out.append("MIME-Version: 1.0").append(newline);
        out.append("Content-Type: text/plain; charset=UTF-8").append(newline);
        out.append("Content-Transfer-Encoding: 8bit").append(newline).append(newline);
        out.append(wrappedBody(message, newline)).append(newline);
        return out.toString();
    }

    private static void headers(MailMessage message, StringBuilder out, String newline) {
        out.append("From: ").append(message.from().mailbox()).append(newline);
        out.append("To: ").append(message.to().mailbox()).append(newline);
        if (!message.cc().isEmpty()) {
            out.append("Cc: ").append(message.cc().stream().map(Person::mailbox).collect(Collectors.joining(", ")))
                    .append(newline);
        }
        out.append("Subject: ").append(message.subject()).append(newline);
        out.append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(message.sentAt().atOffset(ZoneOffset.UTC)))
                .append(newline);
        out.append("Message-ID: ").append(message.messageId()).append(newline);
        if (message.inReplyTo() != null) {
            out.append("In-Reply-To: ").append(message.inReplyTo()).append(newline);
            out.append("References: ").append(String.join(" ", message.references())).append(newline);
        }
    }

    private static String wrappedBody(MailMessage message, String newline) {
        return message.paragraphs().stream()
                .map(p -> String.join(newline, p.lines().flatMap(l -> TextWrap.wrap(l, 76).stream()).toList()))
                .collect(Collectors.joining(newline + newline));
    }
}
