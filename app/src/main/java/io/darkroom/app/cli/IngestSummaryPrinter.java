package io.darkroom.app.cli;

import io.darkroom.ingest.FileProblem;
import io.darkroom.ingest.IngestSummary;

import java.io.PrintStream;
import java.util.Map;

/** Prints an ingest run for a person: changes, counts by status, the invariant, throughput, types, slow files, errors. */
final class IngestSummaryPrinter {
    private static final int MAX_PROBLEMS = 15;

    private IngestSummaryPrinter() {
    }

    static void print(IngestSummary s, PrintStream out) {
        print(s, out, false);
    }

    /** @param brief only the counts and the invariant (for --quiet) */
    static void print(IngestSummary s, PrintStream out, boolean brief) {
        double seconds = Math.max(s.wallMillis(), 1) / 1000.0;
        IngestSummary.Changes c = s.changes();
        IngestSummary.Work w = s.work();
        out.printf("Ingest run %s: %,d files (%.1f MB) in %.1f s%n", s.runId(), s.discovered(), s.bytes() / 1e6, seconds);
        out.printf("  changes: new %,d · changed %,d · unchanged %,d · deleted %,d · same content as another path %,d%n",
                c.newFiles(), c.changed(), c.unchanged(), c.deleted(), c.duplicates());
        out.printf("  parsed %,d · failed %,d · encrypted %,d · skipped %,d · documents %,d (incl. attachments and archive members)%n",
                s.parsed(), s.failed(), s.encrypted(), s.skipped(), s.documents());
        out.printf("  check: discovered %,d = parsed + failed + encrypted + skipped %,d  %s%n", s.discovered(),
                s.parsed() + s.failed() + s.encrypted() + s.skipped(), s.invariantHolds() ? "OK" : "MISMATCH");
        out.printf("  this run: %,d files (%.1f MB) in %.1f s — %.1f files/s, %.2f MB/s, %d Delta commits (%.1f s)%n",
                w.files(), w.bytes() / 1e6, w.parseMillis() / 1000.0, w.filesPerSecond(), w.megabytesPerSecond(), w.commits(),
                w.commitMillis() / 1000.0);
        if (brief) {
            return;
        }
        if (!s.filesByMime().isEmpty()) {
            out.println("  files by type:");
            for (Map.Entry<String, Long> e : s.filesByMime().entrySet()) {
                out.printf("    %6d  %s%n", e.getValue(), e.getKey());
            }
        }
        if (!s.slowest().isEmpty()) {
            out.println("  slowest files:");
            for (IngestSummary.SlowFile f : s.slowest()) {
                out.printf("    %7d ms  %-9s %s%n", f.millis(), f.status(), f.path());
            }
        }
        if (!s.topErrors().isEmpty()) {
            out.println("  top reasons (files not parsed):");
            for (IngestSummary.ErrorReason r : s.topErrors()) {
                out.printf("    %6d  %-9s %s%s%n", r.files(), r.status(), r.reason(),
                        r.errorClass().isEmpty() ? "" : " (" + r.errorClass() + ")");
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
