package io.darkroom.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The {@code deploy/local-cluster} script driven from a test: a Spark standalone Master and Workers as separate
 * JVMs on 127.0.0.1, from a SPARK_HOME laid out from the test class path. Closing it stops them all.
 */
final class LocalCluster implements AutoCloseable {
    static final Path SCRIPT = Path.of(System.getProperty("maven.multiModuleProjectDirectory",
            Path.of("").toAbsolutePath().getParent().toString()), "deploy", "local-cluster");

    private final Path dir;
    private final String masterUrl;

    private LocalCluster(Path dir, String masterUrl) {
        this.dir = dir;
        this.masterUrl = masterUrl;
    }

    static LocalCluster start(Path dir, int workers, String workerMemory) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path classPath = dir.resolve("classpath.txt");
        Files.writeString(classPath, ChildJvm.testClassPath());
        LocalCluster cluster = new LocalCluster(dir, null);
        try {
            String out = run("start", "--dir", dir.toString(), "--classpath", classPath.toString(),
                    "--workers", Integer.toString(workers), "--worker-cores", "1", "--worker-memory", workerMemory);
            return new LocalCluster(dir, out.lines().filter(l -> l.startsWith("spark://")).reduce((a, b) -> b)
                    .orElseThrow(() -> new IllegalStateException("Cannot start the local cluster: no master URL in: " + out)));
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    String masterUrl() {
        return masterUrl;
    }

    Path sparkHome() {
        return dir.resolve("spark-home");
    }

    Path dir() {
        return dir;
    }

    /** A Worker's process, or empty once it has been stopped. */
    Optional<ProcessHandle> worker(int n) throws IOException {
        Path pid = dir.resolve("worker-" + n + ".pid");
        return Files.exists(pid) ? ProcessHandle.of(Long.parseLong(Files.readString(pid).trim())) : Optional.empty();
    }

    /** What a machine failure does: the Worker and its executors (and their parser JVMs) die at once. */
    void kill(int worker) throws IOException {
        ProcessHandle handle = worker(worker).orElseThrow();
        List<ProcessHandle> tree = handle.descendants().toList();
        handle.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
    }

    private static String run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("bash", SCRIPT.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
        builder.environment().put("DARKROOM_SPARK_JVM_FLAGS", String.join(" ", ChildJvm.sparkFlags()));
        Process p = builder.start();
        // The daemons write to their own logs, so the script's output ends when it exits.
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(3, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("Cannot run deploy/local-cluster " + String.join(" ", args) + ": " + out);
        }
        return out;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            run("stop", "--dir", dir.toString());
        } finally {
            // Whatever the script missed (it failed half-way, a pid file was lost): no JVM outlives the test.
            for (String name : List.of("master", "worker-1", "worker-2", "worker-3")) {
                Path pid = dir.resolve(name + ".pid");
                if (Files.exists(pid)) {
                    ProcessHandle.of(Long.parseLong(Files.readString(pid).trim())).ifPresent(h -> {
                        h.descendants().forEach(ProcessHandle::destroyForcibly);
                        h.destroyForcibly();
                    });
                }
            }
        }
    }
}
