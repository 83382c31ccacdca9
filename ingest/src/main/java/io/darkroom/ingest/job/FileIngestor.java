package io.darkroom.ingest.job;

import io.darkroom.ingest.discovery.SourceFile;
import io.darkroom.ingest.parse.ContentHash;
import io.darkroom.ingest.parse.Failures;
import io.darkroom.ingest.parse.ParseOutcome;
import io.darkroom.ingest.parse.DocumentParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * Hashes and parses one file at a time with the partition's parser. The catch-all is deliberate:
 * whatever one file does (an I/O error, a parser bug, a {@link StackOverflowError}), it becomes a
 * {@code failed} ledger row and the partition goes on with the next file.
 */
final class FileIngestor {
    private static final Logger LOG = LoggerFactory.getLogger(FileIngestor.class);

    private final DocumentParser parser;

    FileIngestor(DocumentParser parser) {
        this.parser = parser;
    }

    FileResult ingest(SourceFile file) {
        long start = System.nanoTime();
        String sha256 = null;
        ParseOutcome outcome;
        try {
            sha256 = ContentHash.sha256(Path.of(file.path()));
            outcome = parser.parse(file);
        } catch (Throwable t) {
            outcome = new ParseOutcome.Failed(null, t.getClass().getName(), Failures.reason(t));
        }
        if (outcome instanceof ParseOutcome.Failed failed) {
            // The path identifies the file; the reason never quotes document text.
            LOG.warn("Cannot parse {}: {} ({})", file.path(), failed.reason(), failed.errorClass());
        }
        return new FileResult(file, sha256, outcome, (System.nanoTime() - start) / 1_000_000);
    }
}
