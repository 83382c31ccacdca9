package io.darkroom.sample.mail;

/** A file attached to an e-mail; it becomes an embedded document of type {@code other}. */
public record Attachment(String filename, String contentType, byte[] bytes) {
}
