package io.darkroom.ingest.parse;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What became of one top-level file: data, never an exception, so one bad file cannot end a run.
 * The ledger status follows the kind (see sample-corpus-contract.md).
 */
public sealed interface ParseOutcome extends Serializable {

    /** Detected media type without parameters; null when nothing was detected (e.g. an empty file). */
    String mime();

    /** The rows this file contributes to {@code documents}. */
    List<DocumentRecord> documents();

    /** The ledger status; every kind declares its own, so a new kind cannot forget it. */
    FileStatus status();

    /** Class of the error that decided the outcome; null for parsed and skipped files. */
    default String errorClass() {
        return null;
    }

    /** One-line reason for the ledger; null for parsed files. */
    default String reason() {
        return null;
    }

    /** Tika parsed the file: the file itself first, then every embedded document. */
    record Parsed(String mime, List<DocumentRecord> documents) implements ParseOutcome {
        public Parsed {
            documents = List.copyOf(documents);
            if (documents.isEmpty() || !documents.get(0).isTopLevel()) {
                throw new IllegalArgumentException("Cannot record a parsed file without its top-level document first");
            }
        }

        @Override
        public FileStatus status() {
            return FileStatus.PARSED;
        }
    }

    /** Password protected: one row with {@code encrypted=true}, no text. */
    record Encrypted(String mime, DocumentRecord document, String errorClass, String reason) implements ParseOutcome {
        public Encrypted {
            Objects.requireNonNull(document, "document");
        }

        @Override
        public FileStatus status() {
            return FileStatus.ENCRYPTED;
        }

        @Override
        public List<DocumentRecord> documents() {
            return List.of(document);
        }
    }

    /** Any other parse error: no rows, the error class and a one-line reason in the ledger. */
    record Failed(String mime, String errorClass, String reason) implements ParseOutcome {
        public Failed {
            Objects.requireNonNull(errorClass, "errorClass");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public List<DocumentRecord> documents() {
            return List.of();
        }

        @Override
        public FileStatus status() {
            return FileStatus.FAILED;
        }
    }

    /** Not parsed on purpose (empty file, no parser for the type): no rows. */
    record Skipped(String mime, String reason) implements ParseOutcome {
        public Skipped {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public List<DocumentRecord> documents() {
            return List.of();
        }

        @Override
        public FileStatus status() {
            return FileStatus.SKIPPED;
        }
    }
}
