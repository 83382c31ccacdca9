package io.darkroom.ingest;

import io.darkroom.core.DarkroomException;
import io.darkroom.core.ErrorCode;
import io.darkroom.ingest.discovery.PathFilter;
import io.darkroom.ingest.discovery.SourcePattern;
import io.darkroom.ingest.parse.ParseOptions;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What to ingest.
 *
 * @param sources          folders, files, globs ({@code /share/**}{@code /*.pdf}) or Hadoop URIs
 *                         ({@code hdfs://nn/share}, {@code s3a://bucket/share}); local ones must exist
 * @param filter           include/exclude globs relative to each source folder
 * @param parseOptions     how files are parsed (null: defaults)
 * @param runId            the ledger's run id; null generates one such as {@code 20250301T101500Z-3fa9c2}
 * @param maxFileBytes     {@code ingest.max-file-bytes}: larger files are {@code skipped} unread
 * @param commitEveryFiles {@code ingest.commit-every-files}: files parsed per pair of Delta commits;
 *                         a killed run keeps every finished batch
 * @param reparse          which discovered files to parse again
 */
public record IngestRequest(List<String> sources, PathFilter filter, ParseOptions parseOptions, String runId,
                            long maxFileBytes, int commitEveryFiles, Reparse reparse) {
    /** 512 MB: larger inputs are video, disk images and database dumps far more often than documents. */
    public static final long DEFAULT_MAX_FILE_BYTES = 512L * 1000 * 1000;
    /** Measured: a batch costs ~2 s of commits, so 5,000 files keeps that near 5 % of parse time. */
    public static final int DEFAULT_COMMIT_EVERY_FILES = 5000;
    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /** Which files a run parses. */
    public enum Reparse {
        /** New files and files whose size, modification time and hash say they changed (the default). */
        CHANGED,
        /** Every discovered file, e.g. after a parser upgrade. */
        ALL
    }

    public IngestRequest {
        if (sources == null || sources.isEmpty()) {
            throw DarkroomException.userInput("Cannot ingest nothing: name at least one folder or file");
        }
        sources = List.copyOf(sources);
        filter = filter == null ? PathFilter.ALL : filter;
        parseOptions = parseOptions == null ? ParseOptions.defaults() : parseOptions;
        reparse = reparse == null ? Reparse.CHANGED : reparse;
        for (String source : sources) {
            if (source == null || source.isBlank()) {
                throw DarkroomException.userInput("Cannot ingest a blank path: name a folder or file");
            }
            // Remote sources are checked by discovery, which has the Hadoop configuration.
            if (!SourcePattern.isRemote(source) && !Files.exists(localPath(SourcePattern.parse(source).root()))) {
                throw new DarkroomException(ErrorCode.SOURCE_NOT_FOUND,
                        "Cannot ingest '" + source + "': it does not exist; check the path");
            }
        }
        if (maxFileBytes < 1) {
            throw DarkroomException.userInput("Cannot use ingest.max-file-bytes=" + maxFileBytes + ": give a positive number of bytes");
        }
        if (commitEveryFiles < 1) {
            throw DarkroomException.userInput("Cannot use ingest.commit-every-files=" + commitEveryFiles + ": give at least 1");
        }
        if (runId == null) {
            runId = newRunId();
        } else if (!runId.matches("[A-Za-z0-9._:-]{1,100}")) {
            throw DarkroomException.userInput("Cannot use run id '" + runId
                    + "': use up to 100 letters, digits, '.', '_', ':' or '-'");
        }
    }

    public IngestRequest(List<String> sources, PathFilter filter, ParseOptions parseOptions, String runId) {
        this(sources, filter, parseOptions, runId, DEFAULT_MAX_FILE_BYTES, DEFAULT_COMMIT_EVERY_FILES, Reparse.CHANGED);
    }

    public IngestRequest(List<String> sources, String runId) {
        this(sources, PathFilter.ALL, ParseOptions.defaults(), runId);
    }

    public static IngestRequest of(String... sources) {
        return new IngestRequest(List.of(sources), PathFilter.ALL, ParseOptions.defaults(), null);
    }

    public IngestRequest withMaxFileBytes(long bytes) {
        return new IngestRequest(sources, filter, parseOptions, runId, bytes, commitEveryFiles, reparse);
    }

    public IngestRequest withCommitEveryFiles(int files) {
        return new IngestRequest(sources, filter, parseOptions, runId, maxFileBytes, files, reparse);
    }

    public IngestRequest withReparse(Reparse mode) {
        return new IngestRequest(sources, filter, parseOptions, runId, maxFileBytes, commitEveryFiles, mode);
    }

    private static Path localPath(String source) {
        if (source.startsWith("file:")) {
            try {
                return Path.of(URI.create(source));
            } catch (IllegalArgumentException e) {
                throw DarkroomException.userInput("Cannot ingest '" + source + "': not a valid file: URI; "
                        + "use an absolute one such as file:///data/share or a plain path");
            }
        }
        return Path.of(source);
    }

    private static String newRunId() {
        byte[] random = new byte[3];
        ThreadLocalRandom.current().nextBytes(random);
        return RUN_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)) + "-" + HexFormat.of().formatHex(random);
    }
}
