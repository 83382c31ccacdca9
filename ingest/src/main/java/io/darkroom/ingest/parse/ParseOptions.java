package io.darkroom.ingest.parse;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How files are parsed: shipped from the driver to every partition (and on to forked parser
 * processes), so it holds only serializable values. Defaults are pinned by {@code ParseOptionsTest}
 * and explained in docs/ingest-parsing.md.
 *
 * @param passwords   passwords to try on encrypted PDF/Office files, in order (owner-supplied)
 * @param isolation   where Tika runs: in a forked child JVM per partition, or in the executor itself
 * @param timeout     wall-time budget per file; enforced only with {@link Isolation#FORKED}
 * @param childHeapMb heap of a forked parser JVM, in MiB: the per-file memory bound
 * @param limits      bounds against zip bombs and runaway output
 * @param ocr         whether Tesseract may run (when installed) and for how long per image or page
 */
public record ParseOptions(List<String> passwords, Isolation isolation, Duration timeout, int childHeapMb,
                           Limits limits, Ocr ocr) implements Serializable {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    public static final int DEFAULT_CHILD_HEAP_MB = 1024;

    public ParseOptions {
        passwords = List.copyOf(passwords);
        Objects.requireNonNull(isolation, "isolation");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(ocr, "ocr");
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("Cannot use parse timeout " + timeout
                    + ": ingest.parse.timeout must be positive, e.g. PT120S");
        }
        if (childHeapMb < 64) {
            throw new IllegalArgumentException("Cannot give a parser process " + childHeapMb
                    + " MiB: ingest.parse.child-heap-mb must be at least 64");
        }
    }

    /** Kept for callers that only supply passwords; everything else takes its default. */
    public ParseOptions(List<String> passwords) {
        this(passwords, Isolation.FORKED, DEFAULT_TIMEOUT, DEFAULT_CHILD_HEAP_MB, Limits.defaults(), Ocr.defaults());
    }

    public static ParseOptions defaults() {
        return new ParseOptions(List.of());
    }

    public ParseOptions withPasswords(List<String> value) {
        return new ParseOptions(value, isolation, timeout, childHeapMb, limits, ocr);
    }

    public ParseOptions withIsolation(Isolation value) {
        return new ParseOptions(passwords, value, timeout, childHeapMb, limits, ocr);
    }

    public ParseOptions withTimeout(Duration value) {
        return new ParseOptions(passwords, isolation, value, childHeapMb, limits, ocr);
    }

    public ParseOptions withChildHeapMb(int value) {
        return new ParseOptions(passwords, isolation, timeout, value, limits, ocr);
    }

    public ParseOptions withLimits(Limits value) {
        return new ParseOptions(passwords, isolation, timeout, childHeapMb, value, ocr);
    }

    public ParseOptions withOcr(Ocr value) {
        return new ParseOptions(passwords, isolation, timeout, childHeapMb, limits, value);
    }

    /** Where Tika runs. */
    public enum Isolation {
        /** One child JVM per partition, reused across files, killed and restarted on a timeout or crash. */
        FORKED,
        /** Tika in the executor JVM: fastest, but a hanging parser stalls the task and an OOM can end the executor. */
        IN_PROCESS
    }

    /**
     * Tika's bounds; a file that hits one is {@code failed} with a reason naming the limit.
     *
     * @param maxOutputChars   characters of text over the file and all its embedded documents (Tika's write limit)
     * @param maxEmbeddedDepth nesting of embedded documents (a zip in a zip is depth 2)
     * @param maxEmbeddedCount embedded documents per file
     */
    public record Limits(int maxOutputChars, int maxEmbeddedDepth, int maxEmbeddedCount) implements Serializable {
        public Limits {
            if (maxOutputChars < 1 || maxEmbeddedDepth < 1 || maxEmbeddedCount < 1) {
                throw new IllegalArgumentException("Cannot use parse limits " + maxOutputChars + "/" + maxEmbeddedDepth
                        + "/" + maxEmbeddedCount + ": ingest.parse.max-output-chars, max-embedded-depth and "
                        + "max-embedded-count must be positive");
            }
        }

        public static Limits defaults() {
            return new Limits(20_000_000, 10, 10_000);
        }
    }

    /**
     * OCR through Tika's TesseractOCRParser, used only when {@code tesseract} is on the PATH.
     *
     * @param enabled        false skips OCR even when Tesseract is installed
     * @param timeoutSeconds Tesseract's own time bound per image or rendered page
     */
    public record Ocr(boolean enabled, int timeoutSeconds) implements Serializable {
        public Ocr {
            if (timeoutSeconds < 1) {
                throw new IllegalArgumentException("Cannot use OCR timeout " + timeoutSeconds
                        + " s: ingest.parse.ocr-timeout-seconds must be positive");
            }
        }

        public static Ocr defaults() {
            return new Ocr(true, 120);
        }
    }
}
