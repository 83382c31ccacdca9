package io.darkroom.sample.world;

/** Someone who writes or receives documents; {@code role} is a job title used in signatures. */
public record Person(String firstName, String lastName, String email, String role) {
    public String fullName() {
        return firstName + " " + lastName;
    }

    /** The RFC 5322 mailbox form: {@code "Jane Doe <jane.doe@example.com>"}. */
    public String mailbox() {
        return fullName() + " <" + email + ">";
    }
}
