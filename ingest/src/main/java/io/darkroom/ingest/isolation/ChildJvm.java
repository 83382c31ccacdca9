package io.darkroom.ingest.isolation;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The command line of a forked parser JVM: the executor's own {@code java}, its class path (plus
 * the jar that holds this class, for executors whose user jars come through a class loader rather
 * than {@code java.class.path}), a hard heap cap, and the flags a plain Tika JVM needs.
 */
final class ChildJvm {
    /** Exit code of HotSpot's {@code -XX:+ExitOnOutOfMemoryError}. */
    static final int OOM_EXIT_CODE = 3;

    private ChildJvm() {
    }

    static List<String> command(int heapMb) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Must precede options that older JDKs do not know.
        cmd.add("-XX:+IgnoreUnrecognizedVMOptions");
        cmd.add("-Xmx" + heapMb + "m");
        // Die at the first OutOfMemoryError instead of limping on: the parent sees exit code 3.
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        // One parse at a time: the serial collector is the smallest and starts fastest.
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-Xss4m");
        cmd.add("-Djava.awt.headless=true");
        // PDFBox writes its font cache to the home directory unless told otherwise.
        cmd.add("-Dpdfbox.fontcache=" + System.getProperty("pdfbox.fontcache",
                Path.of(System.getProperty("java.io.tmpdir"), "darkroom-pdfbox-cache").toString()));
        // POI and PDFBox unmap buffers and read fields reflectively on newer JDKs.
        cmd.add("--add-opens=java.base/java.nio=ALL-UNNAMED");
        cmd.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
        cmd.add("--add-opens=java.base/java.util=ALL-UNNAMED");
        cmd.add("--add-opens=java.base/java.io=ALL-UNNAMED");
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add(ParserChild.class.getName());
        return List.copyOf(cmd);
    }

    static String classPath() {
        Set<String> entries = new LinkedHashSet<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        entries.add(codeLocation(ParserChild.class));
        entries.add(codeLocation(org.apache.tika.parser.AutoDetectParser.class));
        entries.removeIf(String::isBlank);
        return String.join(File.pathSeparator, entries);
    }

    private static String codeLocation(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null) {
            return "";
        }
        try {
            Path path = Path.of(source.getLocation().toURI());
            return Files.exists(path) ? path.toString() : "";
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "";
        }
    }

    static Process start(int heapMb) throws IOException {
        return new ProcessBuilder(command(heapMb))
                // The child's stderr carries Tika's and PDFBox's own warnings; they belong in the executor log.
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }
}
