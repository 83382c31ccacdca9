package io.darkroom.app.cli;

import io.darkroom.analytics.EnrichJob;
import io.darkroom.ingest.IngestJob;
import io.darkroom.ingest.IngestRequest;
import io.darkroom.ingest.IngestSummary;
import io.darkroom.ingest.discovery.PathFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code darkroom pipeline SOURCE}: ingest, then enrich (facts and catalog) — the one-shot command. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Ingest the sources, then enrich: the one command from a file share to a warehouse you can ask.")
public final class PipelineCommand implements Callable<Integer> {
    @Mixin
    WarehouseOptions options;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Folders, files, globs or Hadoop URIs.")
    List<String> sources;

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files matching (repeatable).")
    List<String> excludes = List.of();

    @Option(names = "--json", description = "Print both summaries as JSON.")
    boolean json;

    record Result(IngestSummary ingest, EnrichJob.Summary enrich) {
    }

    @Override
    public Integer call() {
        try (WarehouseSession session = WarehouseSession.open(options.config(), "darkroom-pipeline", options.verbose)) {
            IngestSummary ingest = new IngestJob().run(session.warehouse(),
                    new IngestRequest(sources, new PathFilter(List.of(), excludes), null, null));
            if (!json) {
                IngestSummaryPrinter.print(ingest, System.out);
            }
            EnrichJob.Summary enrich = new EnrichJob().run(session.warehouse());
            if (json) {
                System.out.println(Json.write(new Result(ingest, enrich)));
            } else {
                EnrichCommand.print(enrich, System.out);
            }
            return ingest.invariantHolds() ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
        }
    }
}
