package io.darkroom.app.doctor;

import java.util.Objects;

/**
 * One finding of {@code darkroom doctor}: what was checked, how it stands, what was seen and — when it
 * is not fine — the one thing to do about it.
 *
 * @param subject what was checked ("java", "memory", "warehouse", ...)
 * @param status  OK, WARN (works, but something will hurt) or FAIL (a command will not work)
 * @param finding what was seen, with numbers
 * @param fix     the action that mends it; empty when OK
 */
public record Check(String subject, Status status, String finding, String fix) {
    public enum Status { OK, WARN, FAIL }

    public Check {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(finding, "finding");
        fix = fix == null ? "" : fix;
        if (status != Status.OK && fix.isBlank()) {
            throw new IllegalArgumentException("a " + status + " check needs a fix: " + subject);
        }
    }

    static Check ok(String subject, String finding) {
        return new Check(subject, Status.OK, finding, "");
    }

    static Check warn(String subject, String finding, String fix) {
        return new Check(subject, Status.WARN, finding, fix);
    }

    static Check fail(String subject, String finding, String fix) {
        return new Check(subject, Status.FAIL, finding, fix);
    }
}
