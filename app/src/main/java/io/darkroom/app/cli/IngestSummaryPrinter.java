package io.darkroom.app.cli;

import io.darkroom.ingest.FileProblem;
import io.darkroom.ingest.IngestSummary;

import java.io.PrintStream;
import java.util.Map;

/** Prints an ingest run for a person: counts by status, the invariant, types and problems. */
final class IngestSummaryPrinter {
    private static final int MAX_PROBLEMS = 15;

    private IngestSummaryPrinter() {
    }

    static void print(IngestSummary s, PrintStream out) {
        double seconds = Math.max(s.wallMillis(), 1) / 1000.0;
        out.printf("Ingest run %s: %,d files (%.1f MB) in %.1f s — %.1f files/s%n", s.runId(), s.discovered(),
                s.bytes() / 1e6, seconds, s.discovered() / seconds);
        out.printf("  parsed %,d · failed %,d · encrypted %,d · skipped %,d · documents %,d (incl. attachments and archive members)%n",
                s.parsed(), s.failed(), s.encrypted(), s.skipped(), s.documents());
        out.printf("  check: discovered %,d = parsed + failed + encrypted + skipped %,d  %s%n", s.discovered(),
                s.parsed() + s.failed() + s.encrypted() + s.skipped(), s.invariantHolds() ? "OK" : "MISMATCH");
        if (!s.filesByMime().isEmpty()) {
            out.println("  files by type:");
            for (Map.Entry<String, Long> e : s.filesByMime().entrySet()) {
                out.printf("    %6d  %s%n", e.getValue(), e.getKey());
            }
        }
        if (!s.problems().isEmpty()) {
            out.println("  files not parsed:");
            for (FileProblem p : s.problems().subList(0, Math.min(MAX_PROBLEMS, s.problems().size()))) {
                out.printf("    %-9s %s — %s%n", p.status(), p.path(), p.reason());
            }
            if (s.problems().size() > MAX_PROBLEMS) {
                out.printf("    ... %d more (see the files table or --json)%n", s.problems().size() - MAX_PROBLEMS);
            }
        }
    }
}
