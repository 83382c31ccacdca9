package io.darkroom.app.cli;

import io.darkroom.sample.SampleTruth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code darkroom sample}: writes the deterministic sample file share and its truth.json. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Generate a realistic sample file share (e-mails, invoices, contracts, tickets, workbooks,"
                + " notes, a zip, a deck and a few broken files) with truth.json listing its exact counts.")
public final class SampleCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write (new or empty).")
    Path out;

    @Option(names = "--docs", defaultValue = "2000", paramLabel = "N", description = "About how many files (>= 100). Default: ${DEFAULT-VALUE}")
    int docs;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Random seed; same seed, same bytes. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--json", description = "Print what was written as JSON (folder, truth file, counts).")
    boolean json;

    record Written(String folder, String truth, int files, int documents, double seconds) {
    }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        SampleTruth truth = SampleCorpusRunner.generate(out, docs, seed);
        if (json) {
            System.out.println(Json.write(new Written(out.toString(), out.resolve("truth.json").toString(), truth.files().total(),
                    truth.documents().total(), (System.nanoTime() - start) / 1e9)));
            return ExitCodes.OK;
        }
        System.out.printf("Wrote %,d files (%,d documents incl. attachments and archive members) to %s in %.1f s%n",
                truth.files().total(), truth.documents().total(), out, (System.nanoTime() - start) / 1e9);
        System.out.println("Truth: " + out.resolve("truth.json"));
        return ExitCodes.OK;
    }
}
