package io.darkroom.sample.mail;

import io.darkroom.sample.world.Person;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An e-mail before it is written as RFC 822 text. The body is a list of paragraphs so a near
 * duplicate can change exactly one of them.
 */
public record MailMessage(Person from, Person to, List<Person> cc, String subject, LocalDateTime sentAt,
                          String messageId, List<String> references, List<String> paragraphs,
                          List<Attachment> attachments) {
    public MailMessage {
        cc = List.copyOf(cc);
        references = List.copyOf(references);
        paragraphs = List.copyOf(paragraphs);
        attachments = List.copyOf(attachments);
    }

    /** The message this one replies to, or null for the first message of a thread. */
    public String inReplyTo() {
        return references.isEmpty() ? null : references.get(references.size() - 1);
    }

    public MailMessage withParagraphs(List<String> replaced) {
        return new MailMessage(from, to, cc, subject, sentAt, messageId, references, replaced, attachments);
    }

    public String body() {
        return String.join("\n\n", paragraphs);
    }
}
