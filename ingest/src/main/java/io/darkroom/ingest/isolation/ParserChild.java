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
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;

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

    private static ParseOutcome parse(TikaDocumentParser parser, SourceFile file) {
        try {
            return parser.parse(file);
        } catch (Throwable t) {
            return new ParseOutcome.Failed(null, t.getClass().getName(), Failures.reason(t));
        }
    }

    private static void reply(ObjectOutputStream out, Object value) throws java.io.IOException {
        out.writeObject(value);
        // Forget what was sent: the stream would otherwise keep every outcome reachable.
        out.reset();
        out.flush();
    }
}
