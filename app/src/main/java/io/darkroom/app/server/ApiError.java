package io.darkroom.app.server;

/** An HTTP error with a business-readable message; mapped to {@code {code, message, detail}} JSON. */
final class ApiError extends RuntimeException {
    private final int status;
    private final String code;
    private final String detail;

    ApiError(int status, String code, String message) {
        this(status, code, message, null);
    }

    ApiError(int status, String code, String message, String detail) {
        super(message);
        this.status = status;
        this.code = code;
        this.detail = detail;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, "bad_request", message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, "not_found", message);
    }

    static ApiError forbidden(String message) {
        return new ApiError(403, "forbidden", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String detail() {
        return detail;
    }
}
