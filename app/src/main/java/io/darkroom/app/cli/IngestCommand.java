package io.darkroom.app.cli;

import io.darkroom.analytics.facts.FactsBuilder;
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

/** {@code darkroom ingest DIR...}: parses every file into the files ledger and documents table. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Parse every file under the given folders/files with Tika into the warehouse"
                + " (files ledger, documents incl. attachments) and refresh the facts table.")
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    WarehouseOptions options;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Folders or files to ingest.")
    List<String> sources;

    @Option(names = "--json", description = "Print the run summary as JSON.")
    boolean json;

    @Option(names = "--include", paramLabel = "GLOB", description = "Only files matching (repeatable; a glob without '/' matches the file name).")
    List<String> includes = List.of();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files matching (repeatable), e.g. --exclude '*.tmp' --exclude 'archive/**'.")
    List<String> excludes = List.of();

    @Override
    public Integer call() {
        try (WarehouseSession session = WarehouseSession.open(options.config(), "darkroom-ingest", options.verbose)) {
            IngestSummary summary = new IngestJob().run(session.warehouse(), new IngestRequest(sources, new PathFilter(includes, excludes), null, null));
            long facts = new FactsBuilder(session.warehouse()).rebuild();
            if (json) {
                System.out.println(Json.write(summary));
            } else {
                IngestSummaryPrinter.print(summary, System.out);
                System.out.printf("  facts: %,d rows ready for questions (darkroom ask \"how many documents per month\")%n", facts);
            }
            return summary.invariantHolds() ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
        }
    }
}
