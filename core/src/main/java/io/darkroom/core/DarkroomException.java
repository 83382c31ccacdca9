package io.darkroom.core;

import java.util.Objects;

/**
 * The one user-facing exception. {@link #getMessage()} is written for a business user
 * ("Cannot ingest 'x': the folder does not exist; check the path"); {@link #detail()} carries what an
 * operator needs. The CLI and the REST layer map {@link #code()} and its kind to exit codes/statuses.
 */
public final class DarkroomException extends RuntimeException {
    private final ErrorCode code;
    private final String detail;

    public DarkroomException(ErrorCode code, String message) {
        this(code, message, null, null);
    }

    public DarkroomException(ErrorCode code, String message, String detail, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.detail = detail;
    }

    public static DarkroomException userInput(String message) {
        return new DarkroomException(ErrorCode.INVALID_ARGUMENT, message);
    }

    public ErrorCode code() {
        return code;
    }

    public ErrorKind kind() {
        return code.kind();
    }

    /** Operator detail (may be null); never shown to end users in place of the message. */
    public String detail() {
        return detail;
    }
}
