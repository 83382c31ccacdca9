package io.darkroom.ingest.isolation;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Test-only Tika parser (registered through META-INF/services) that misbehaves the way real parsers
 * do on poison files. It claims three source-code types that Tika detects by extension and has no
 * parser for, and that no corpus here contains: {@code *.f} (Fortran) never returns, {@code *.adb}
 * (Ada) fills the heap, {@code *.cbl} (COBOL) recurses until the stack overflows.
 */
public final class PoisonParser implements Parser {
    static final MediaType HANG = MediaType.text("x-fortran");
    static final MediaType OOM = MediaType.text("x-ada");
    static final MediaType SOE = MediaType.text("x-cobol");

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(HANG, OOM, SOE);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
        MediaType type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE)).getBaseType();
        if (type.equals(HANG)) {
            hang();
        } else if (type.equals(OOM)) {
            List<long[]> hog = new ArrayList<>();
            while (true) {
                hog.add(new long[1 << 20]);
            }
        } else if (type.equals(SOE)) {
            recurse(0);
        }
    }

    @SuppressWarnings({"InfiniteLoopStatement", "BusyWait"})
    private static void hang() {
        while (true) {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException ignored) {
                // A hung parser ignores interrupts too; only killing the process ends it.
            }
        }
    }

    private static int recurse(int n) {
        return recurse(n + 1) + 1;
    }
}
