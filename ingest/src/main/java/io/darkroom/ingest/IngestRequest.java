package io.darkroom.ingest;

import io.darkroom.core.DarkroomException;
import io.darkroom.core.ErrorCode;
import io.darkroom.ingest.discovery.PathFilter;
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
 * @param sources folders or files: local paths or {@code file:} URIs (other schemes come with issue 3)
 * @param filter  include/exclude globs relative to each source folder
 * @param parseOptions how files are parsed (null: defaults)
 * @param runId   the ledger's run id; null generates one such as {@code 20250301T101500Z-3fa9c2}
 */
public record IngestRequest(List<String> sources, PathFilter filter, ParseOptions parseOptions, String runId) {
    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    public IngestRequest {
        if (sources == null || sources.isEmpty()) {
            throw DarkroomException.userInput("Cannot ingest nothing: name at least one folder or file");
        }
        sources = List.copyOf(sources);
        filter = filter == null ? PathFilter.ALL : filter;
        parseOptions = parseOptions == null ? ParseOptions.defaults() : parseOptions;
        for (String source : sources) {
            if (source == null || source.isBlank()) {
                throw DarkroomException.userInput("Cannot ingest a blank path: name a folder or file");
            }
            if (!Files.exists(localPath(source))) {
                throw new DarkroomException(ErrorCode.SOURCE_NOT_FOUND,
                        "Cannot ingest '" + source + "': it does not exist; check the path");
            }
        }
        if (runId == null) {
            runId = newRunId();
        } else if (!runId.matches("[A-Za-z0-9._:-]{1,100}")) {
            throw DarkroomException.userInput("Cannot use run id '" + runId
                    + "': use up to 100 letters, digits, '.', '_', ':' or '-'");
        }
    }

    public IngestRequest(List<String> sources, String runId) {
        this(sources, PathFilter.ALL, ParseOptions.defaults(), runId);
    }

    public static IngestRequest of(String... sources) {
        return new IngestRequest(List.of(sources), PathFilter.ALL, ParseOptions.defaults(), null);
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
