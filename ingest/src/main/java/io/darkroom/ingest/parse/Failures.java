package io.darkroom.ingest.parse;

/** One-line, run-stable reasons for the ledger. */
public final class Failures {
    private static final int MAX_REASON = 300;

    private Failures() {
    }

    /**
     * The thrown message, plus the root cause when it differs, because Tika wraps parser errors
     * ("TIKA-198: Illegal IOException from ...PDFParser@68ee3b6d") and the root says what is wrong.
     * Object hashes are removed so that the same file gives the same reason on every run.
     */
    public static String reason(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = message(t);
        if (root != t) {
            reason = reason + " (caused by " + root.getClass().getSimpleName() + ": " + message(root) + ")";
        }
        reason = reason.replaceAll("@[0-9a-f]{4,}", "").replaceAll("\\s+", " ").trim();
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
