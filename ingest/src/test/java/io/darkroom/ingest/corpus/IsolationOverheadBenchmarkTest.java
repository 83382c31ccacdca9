package io.darkroom.ingest.corpus;

import io.darkroom.ingest.discovery.SourceFile;
import io.darkroom.ingest.isolation.CloseableDocumentParser;
import io.darkroom.ingest.isolation.DocumentParsers;
import io.darkroom.ingest.parse.ParseOptions;
import io.darkroom.sample.SampleCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Files/s of in-process vs forked parsing with two workers (one parser each, like local[2]
 * partitions), cold start included. Not a gate: run with {@code -Ddarkroom.bench=true}; the
 * numbers go to docs/ingest-parsing.md.
 */
@EnabledIfSystemProperty(named = "darkroom.bench", matches = "true")
class IsolationOverheadBenchmarkTest {
    private static final int WORKERS = 2;

    @TempDir
    Path dir;

    @Test
    void measureSampleCorpus() throws Exception {
        SampleCorpus.generate(dir, 2000, 42);
        report("sample-2000", SharedCorpus.files(dir).stream().filter(f -> !f.path().endsWith("truth.json")).toList());
    }

    @Test
    void measureTikaTestDocuments() throws Exception {
        report("tika-test-documents", SharedCorpus.files(SharedCorpus.folder("tika-test-documents")));
    }

    private static void report(String name, List<SourceFile> files) throws Exception {
        for (int round = 1; round <= 3; round++) {
            for (ParseOptions.Isolation isolation : ParseOptions.Isolation.values()) {
                ParseOptions options = ParseOptions.defaults().withIsolation(isolation);
                long start = System.nanoTime();
                run(files, options);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("BENCH %s round %d %s: %d files in %.1f s = %.1f files/s%n",
                        name, round, isolation, files.size(), seconds, files.size() / seconds);
            }
        }
    }

    private static void run(List<SourceFile> files, ParseOptions options) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            List<SourceFile> share = new ArrayList<>();
            for (int i = w; i < files.size(); i += WORKERS) {
                share.add(files.get(i));
            }
            done.add(pool.submit(() -> {
                try (CloseableDocumentParser parser = DocumentParsers.open(options)) {
                    for (SourceFile f : share) {
                        try {
                            parser.parse(f);
                        } catch (Exception e) {
                            // Counted like the job does: an unreadable file is still a file done.
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }
}
