package io.darkroom.app.cli;

import io.darkroom.analytics.catalog.CatalogRefresh;
import io.darkroom.analytics.facts.FactsBuilder;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.ingest.IngestJob;
import io.darkroom.ingest.IngestRequest;
import io.darkroom.ingest.IngestSummary;
import io.darkroom.ingest.discovery.PathFilter;
import io.darkroom.ingest.parse.ParseOptions;
import io.darkroom.ingest.progress.IngestProgress;
import io.darkroom.ingest.progress.ProgressLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code darkroom ingest SOURCE...}: parses new and changed files into the files ledger and documents table. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Parse every file under the given folders/files/globs/URIs with Tika into the warehouse"
                + " (files ledger, documents incl. attachments) and refresh the facts table. Re-runs parse only"
                + " new and changed files and mark removed ones deleted.")
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    WarehouseOptions options;

    @Parameters(arity = "1..*", paramLabel = "SOURCE",
            description = "Folders, files, globs ('/share/**/*.pdf', quoted) or Hadoop URIs (hdfs://, s3a:// when configured).")
    List<String> sources;

    @Option(names = "--json", description = "Print the run summary as JSON (no progress bar).")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and only the summary's first lines.")
    boolean quiet;

    @Option(names = "--progress", description = "Draw the progress bar on stderr even when it is not a terminal.")
    boolean forceProgress;

    @Option(names = "--include", paramLabel = "GLOB", description = "Only files matching (repeatable; a glob without '/' matches the file name).")
    List<String> includes = List.of();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files matching (repeatable), e.g. --exclude '*.tmp' --exclude 'archive/**'.")
    List<String> excludes = List.of();

    @Option(names = "--max-file-bytes", paramLabel = "BYTES", description = "ingest.max-file-bytes: larger files are skipped unread. Default: ${DEFAULT-VALUE}.")
    long maxFileBytes = IngestRequest.DEFAULT_MAX_FILE_BYTES;

    @Option(names = "--commit-every", paramLabel = "FILES", description = "ingest.commit-every-files: files per Delta commit; a killed run keeps finished batches. Default: ${DEFAULT-VALUE}.")
    int commitEvery = IngestRequest.DEFAULT_COMMIT_EVERY_FILES;

    @Option(names = "--isolation", paramLabel = "MODE", defaultValue = "FORKED",
            description = "ingest.parse.isolation: FORKED parses in child JVMs (a hanging or crashing parser costs one file,"
                    + " with a per-file timeout), IN_PROCESS in the executor (faster, no timeout). Default: ${DEFAULT-VALUE}.")
    ParseOptions.Isolation isolation;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "A password to try on encrypted PDF/Office files (repeatable).")
    List<String> passwords = List.of();

    @Option(names = "--reparse-all", description = "Parse every file again, changed or not (e.g. after an upgrade).")
    boolean reparseAll;

    @Override
    public Integer call() {
        ParseOptions parse = ParseOptions.defaults().withIsolation(isolation).withPasswords(passwords);
        IngestRequest request = new IngestRequest(sources, new PathFilter(includes, excludes), parse, null, maxFileBytes,
                commitEvery, reparseAll ? IngestRequest.Reparse.ALL : IngestRequest.Reparse.CHANGED);
        try (WarehouseSession session = WarehouseSession.open(options.config(), "darkroom-ingest", options.verbose)) {
            IngestSummary summary = new IngestJob().run(session.warehouse(), request, progress(System.err));
            long facts = new FactsBuilder(session.warehouse()).rebuild();
            Catalog catalog = new CatalogRefresh(session.warehouse()).run();
            if (json) {
                System.out.println(Json.write(summary));
            } else {
                IngestSummaryPrinter.print(summary, System.out, quiet);
                IngestSummary.TablesFound tables = summary.tables();
                if (!tables.datasets().isEmpty() || !tables.problems().isEmpty()) {
                    System.out.printf("  tables found in files: %d datasets, %,d rows%s%n", tables.datasets().size(),
                            tables.rows(), tables.problems().isEmpty() ? "" : ", " + tables.problems().size() + " not readable");
                }
                System.out.printf("  facts: %,d rows; catalog v%d with %d tables — ask away: darkroom ask \"how many documents per month\"%n",
                        facts, catalog.version(), catalog.tables().size());
            }
            return summary.invariantHolds() ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
        }
    }

    /** A bar redrawn in place with '\r', on stderr so that stdout stays the summary (or JSON) alone. */
    private IngestProgress progress(PrintStream err) {
        boolean tty = System.console() != null;
        if (json || quiet || !(tty || forceProgress)) {
            return IngestProgress.NONE;
        }
        return snapshot -> {
            err.print("\r" + ProgressLine.render(snapshot));
            if (snapshot.finished()) {
                err.println();
            }
            err.flush();
        };
    }
}
