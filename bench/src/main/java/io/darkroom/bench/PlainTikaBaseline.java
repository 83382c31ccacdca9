package io.darkroom.bench;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The baseline Darkroom's ingest is measured against: the simplest fair multi-threaded Tika loop.
 * Same extraction as Darkroom (recursive parsing, body text, no write limit), one AutoDetectParser
 * per thread, no Spark, no hashing, no writes. Prints one JSON line.
 *
 * <p>Usage: {@code PlainTikaBaseline DIR THREADS [EXCLUDED_FILE_NAME]}
 */
public final class PlainTikaBaseline {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        String excluded = args.length > 2 ? args[2] : null;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> excluded == null || !p.getFileName().toString().equals(excluded))
                    .sorted().toList();
        }
        ConcurrentLinkedQueue<Path> queue = new ConcurrentLinkedQueue<>(files);
        AtomicLong bytes = new AtomicLong();
        AtomicLong documents = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        long start = System.nanoTime();
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            workers[i] = new Thread(() -> {
                AutoDetectParser parser = new AutoDetectParser();
                RecursiveParserWrapper wrapper = new RecursiveParserWrapper(parser);
                for (Path p = queue.poll(); p != null; p = queue.poll()) {
                    try {
                        bytes.addAndGet(Files.size(p));
                        documents.addAndGet(parse(wrapper, parser, p));
                    } catch (Throwable t) {
                        failures.incrementAndGet();
                    }
                }
            }, "tika-" + i);
            workers[i].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("{\"files\":%d,\"bytes\":%d,\"documents\":%d,\"failures\":%d,\"threads\":%d,"
                        + "\"seconds\":%.3f,\"files_per_s\":%.2f,\"mb_per_s\":%.3f}%n",
                files.size(), bytes.get(), documents.get(), failures.get(), threads, seconds,
                files.size() / seconds, bytes.get() / 1e6 / seconds);
    }

    private static int parse(RecursiveParserWrapper wrapper, Parser parser, Path path) throws Exception {
        RecursiveParserWrapperHandler handler = new RecursiveParserWrapperHandler(
                new BasicContentHandlerFactory(BasicContentHandlerFactory.HANDLER_TYPE.BODY, -1), -1);
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        Metadata metadata = new Metadata();
        try (TikaInputStream in = TikaInputStream.get(path, metadata)) {
            wrapper.parse(in, handler, metadata, context);
        }
        return handler.getMetadataList().size();
    }
}
