package io.darkroom.ingest.isolation;

import io.darkroom.ingest.discovery.SourceFile;
import io.darkroom.ingest.parse.Failures;
import io.darkroom.ingest.parse.ParseOptions;
import io.darkroom.ingest.parse.ParseOutcome;
import io.darkroom.ingest.parse.TikaDocumentParser;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Main class of a forked parser JVM. Protocol over stdin/stdout (Java serialization of ingest's own
 * records): first {@link ParseOptions}, answered by {@link #READY}; then any number of
 * {@link SourceFile}s, each answered by one {@link ParseOutcome}. End of stdin (the parent closed it
 * or died) ends the process, so an orphaned child never outlives its executor for long.
 */
public final class ParserChild {
    static final String READY = "darkroom-parser-ready";

    private ParserChild() {
    }

    public static void main(String[] args) throws Exception {
        ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        // Libraries print to System.out; the protocol owns the real stdout, so their output goes to stderr.
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(System.in));
        TikaDocumentParser parser = new TikaDocumentParser((ParseOptions) in.readObject());
        warmUp(parser);
        reply(out, READY);
        while (true) {
            SourceFile file;
            try {
                file = (SourceFile) in.readObject();
            } catch (EOFException parentClosed) {
                return;
            }
            reply(out, parse(parser, file));
        }
    }

    /**
     * Parses one small text file before saying ready: the first parse in a cold JVM loads most of
     * Tika's detection and parsing classes, seconds on a busy machine, and that start-up time belongs
     * under the parent's start-up timeout, not under the first real file's parse timeout.
     */
    private static void warmUp(TikaDocumentParser parser) {
        try {
            Path sample = Files.createTempFile("darkroom-parser-warm-up", ".txt");
            try {
                Files.writeString(sample, "Warm-up text.\n\nA second paragraph, dated 1 March 2024.\n");
                parse(parser, new SourceFile(sample.toString(), Files.size(sample), Instant.now()));
            } finally {
                Files.deleteIfExists(sample);
            }
        } catch (IOException | RuntimeException e) {
            // Not fatal: the first file pays the warm-up instead.
            System.err.println("Parser warm-up skipped: " + e);
        }
    }

    private static ParseOutcome parse(TikaDocumentParser parser, SourceFile file) {
        try {
            return parser.parse(file);
        } catch (Throwable t) {
            return new ParseOutcome.Failed(null, t.getClass().getName(), Failures.reason(t));
        }
    }

    private static void reply(ObjectOutputStream out, Object value) throws IOException {
        out.writeObject(value);
        // Forget what was sent: the stream would otherwise keep every outcome reachable.
        out.reset();
        out.flush();
    }
}
