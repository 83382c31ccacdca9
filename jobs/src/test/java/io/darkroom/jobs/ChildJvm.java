package io.darkroom.jobs;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A Java process started the way an operator would: Spark's JVM flags, the build's class path, its own log file. */
final class ChildJvm {
    private ChildJvm() {
    }

    /** The test class path (Surefire runs tests from a manifest-only jar, so java.class.path is not it). */
    static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /** Spark 4.2.0's JVM flags, passed in by the jobs pom from the parent's spark.jvm.flags. */
    static List<String> sparkFlags() {
        String flags = System.getProperty("darkroom.spark.jvm.flags", "");
        return flags.isBlank() ? List.of() : Arrays.asList(flags.trim().split("\\s+"));
    }

    static Process start(String heap, String mainClass, List<String> args, Path log, Map<String, String> env) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(sparkFlags());
        cmd.add("-Xmx" + heap);
        cmd.add("-cp");
        cmd.add(testClassPath());
        cmd.add(mainClass);
        cmd.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    static String pathSeparated(List<String> entries) {
        return String.join(File.pathSeparator, entries);
    }
}
