package io.darkroom.core;

/** Stable codes for user-facing failures; the name is the code shown to users and scripts. */
public enum ErrorCode {
    INVALID_ARGUMENT(ErrorKind.USER_INPUT),
    INVALID_CONFIG(ErrorKind.USER_INPUT),
    SOURCE_NOT_FOUND(ErrorKind.USER_INPUT),
    WAREHOUSE_EMPTY(ErrorKind.USER_INPUT),
    QUESTION_NOT_UNDERSTOOD(ErrorKind.USER_INPUT),
    DOCUMENT_UNREADABLE(ErrorKind.BAD_DOCUMENT),
    STORAGE_FAILURE(ErrorKind.EXTERNAL),
    SPARK_FAILURE(ErrorKind.EXTERNAL),
    INTERNAL_ERROR(ErrorKind.INTERNAL);

    private final ErrorKind kind;

    ErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }
}
