package io.darkroom.jobs;

import io.darkroom.core.spark.SharedSpark;
import io.darkroom.sample.SampleCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jobs on a real Spark standalone cluster (a Master and two Workers, separate JVMs on 127.0.0.1, started by
 * deploy/local-cluster), submitted with SparkSubmit in client mode, leave the same warehouse as the same jobs on
 * local[2] — even though one Worker (with its executor) is killed while ingest parses.
 * Then the server, on the same cluster, answers a question over HTTP.
 *
 * <p>The jobs are ingest then insights: the pipeline minus CoreNLP enrichment, which costs minutes per run on two
 * cores (120 documents: ~14 min on this machine under load) and would not fit the CI budget twice.
 */
class StandaloneClusterTest {
    private static final Map<String, String> SPARK_ENV = Map.of("SPARK_SCALA_VERSION", "2.13", "SPARK_LOCAL_IP", "127.0.0.1");
    private static final List<String> CONF = List.of(
            "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
            "--conf", "spark.ui.enabled=false", "--conf", "spark.executor.memory=1g",
            // The same shuffle partitions as the local default, so that row order inside stages matches too.
            "--conf", "spark.sql.shuffle.partitions=4");

    @TempDir
    Path work;

    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void jobsOnATwoWorkerClusterLeaveTheSameWarehouseAsLocalEvenWhenAWorkerDiesDuringIngest() throws Exception {
        Path corpus = work.resolve("corpus");
        SampleCorpus.generate(corpus, 120, 42);
        Path jobsJar = jobsJar(work.resolve("darkroom-jobs.jar"));

        Path clusterHome = work.resolve("cluster-home");
        Path ingestLog = work.resolve("cluster-ingest.log");
        String answer;
        int killed;
        try (LocalCluster cluster = LocalCluster.start(work.resolve("cluster"), 2, "1536m")) {
            Map<String, String> env = new java.util.HashMap<>(SPARK_ENV);
            env.put("SPARK_HOME", cluster.sparkHome().toString());
            Process ingest = startSubmit(cluster.masterUrl(), jobsJar, env, ingestLog, ingest(clusterHome, corpus));
            killed = killAWorkerDuringParsing(cluster, ingest, ingestLog);
            awaitSuccess(ingest, ingestLog);
            submit(cluster.masterUrl(), jobsJar, env, work.resolve("cluster-insights.log"), "insights", "--home", clusterHome.toString());
            answer = askOverHttp(cluster, env, clusterHome, "how many documents per month");
        }
        // The reference after the cluster (a cluster failure shows first): the same jobs on local[2].
        Path localHome = work.resolve("local-home");
        submit("local[2]", jobsJar, Map.of(), work.resolve("local-ingest.log"), ingest(localHome, corpus));
        submit("local[2]", jobsJar, Map.of(), work.resolve("local-insights.log"), "insights", "--home", localHome.toString());

        WarehouseSnapshot local = WarehouseSnapshot.read(SharedSpark.session(), localHome);
        WarehouseSnapshot onCluster = WarehouseSnapshot.read(SharedSpark.session(), clusterHome);
        assertThat(local.rowsPerTable()).containsKeys("files", "documents", "facts", "insights");
        assertThat(local.rowsPerTable().get("files")).isEqualTo(121L);
        assertThat(onCluster.rowsPerTable()).isEqualTo(local.rowsPerTable());
        assertThat(onCluster.facts()).hasSize(local.facts().size()).isEqualTo(local.facts());
        assertThat(local.topInsights()).isNotEmpty();
        assertThat(onCluster.topInsights()).isEqualTo(local.topInsights());

        // The killed worker's executor had run tasks of the job, and the master told the driver it was lost.
        assertThat(executorLogs(work.resolve("cluster/worker-" + killed))).as("worker %d's executor log", killed).contains("Running task");
        assertThat(Files.readString(work.resolve("cluster/master.log"))).contains("Telling app of lost executor");
        String driverLog = Files.readString(ingestLog);
        System.out.printf("driver: tasks lost %d, blocks lost %d%n", driverLog.lines().filter(l -> l.contains("Lost task")).count(),
                driverLog.lines().filter(l -> l.contains("No more replicas available")).count());
        assertThat(answer).contains("\"kind\"");
    }

    /**
     * Kills a Worker, with its executor, while ingest's parse stage runs: once the driver's progress line shows some
     * files done but not all (tasks are running on both executors then: the partitions outnumber them).
     */
    private static int killAWorkerDuringParsing(LocalCluster cluster, Process job, Path driverLog) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
        Pattern progress = Pattern.compile("\\] ([0-9,]+)/([0-9,]+) files");
        while (System.nanoTime() < deadline && job.isAlive()) {
            boolean midway = progress.matcher(Files.readString(driverLog)).results().anyMatch(m -> {
                long done = Long.parseLong(m.group(1).replace(",", ""));
                return done > 0 && done < Long.parseLong(m.group(2).replace(",", ""));
            });
            for (int w = 1; midway && w <= 2; w++) {
                if (cluster.worker(w).flatMap(h -> h.children().findFirst()).isPresent()) {
                    System.out.printf("killing worker %d and its executor at %s%n", w, Instant.now());
                    cluster.kill(w);
                    return w;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Cannot kill a worker mid-job: the parse stage was never seen midway before the job "
                + (job.isAlive() ? "timed out" : "ended"));
    }

    /**
     * In-process parsing: forked parser JVMs (the default) cost a JVM start per executor, ~1 min each when four builds
     * share two cores. The forked path on executors is ingest's own test's business; here it is where tasks run.
     */
    private static String[] ingest(Path home, Path corpus) {
        return new String[]{"ingest", "--home", home.toString(), "--isolation", "IN_PROCESS", "--progress", corpus.toString()};
    }

    private static void submit(String master, Path jar, Map<String, String> env, Path log, String... job)
            throws IOException, InterruptedException {
        awaitSuccess(startSubmit(master, jar, env, log, job), log);
    }

    private static Process startSubmit(String master, Path jar, Map<String, String> env, Path log, String... job) throws IOException {
        List<String> args = new ArrayList<>(List.of("--master", master, "--deploy-mode", "client",
                "--class", DarkroomJob.class.getName()));
        args.addAll(CONF);
        args.add(jar.toString());
        args.addAll(List.of(job));
        String sparkHome = env.get("SPARK_HOME");
        if (sparkHome != null) {
            // Executors log at INFO like the daemons, so that their logs show which tasks they ran.
            args.addAll(args.indexOf(jar.toString()), List.of("--conf", "spark.executor.extraJavaOptions=-Dlog4j2.configurationFile="
                    + Path.of(sparkHome, "conf", "log4j2.properties").toUri()));
        }
        Map<String, String> all = new java.util.HashMap<>(SPARK_ENV);
        all.putAll(env);
        return ChildJvm.start("1g", "org.apache.spark.deploy.SparkSubmit", args, log, all);
    }

    private static void awaitSuccess(Process p, Path log) throws IOException, InterruptedException {
        long start = System.nanoTime();
        boolean done = p.waitFor(10, TimeUnit.MINUTES);
        if (!done) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        assertThat(done && p.exitValue() == 0).as("%s exited with %s:%n%s", log.getFileName(),
                done ? p.exitValue() : "a timeout", tail(log)).isTrue();
        // Stage times for deploy/README.md's sizing notes (Surefire keeps stdout in the report folder).
        System.out.printf("%s: %.1f s%n", log.getFileName(), (System.nanoTime() - start) / 1e9);
    }

    /** darkroom serve --master spark://... on the cluster's warehouse: one POST /api/ask round trip. */
    private String askOverHttp(LocalCluster cluster, Map<String, String> env, Path home, String question) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = work.resolve("serve.log");
        Process serve = ChildJvm.start("1g", "io.darkroom.app.Darkroom", List.of("serve", "--no-auth", "--master", cluster.masterUrl(),
                "--home", home.toString(), "--port", Integer.toString(port)), log, env);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.readString(log).contains("is listening on")) {
                assertThat(serve.isAlive() && System.nanoTime() < deadline).as("serve did not start:%n%s", tail(log)).isTrue();
                Thread.sleep(200);
            }
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/ask"))
                    .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"" + question + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response.body();
        } finally {
            serve.descendants().forEach(ProcessHandle::destroyForcibly);
            serve.destroyForcibly();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The application jar spark-submit ships: the jobs module's classes (a reactor build has no jar before package). */
    private static Path jobsJar(Path jar) throws Exception {
        Path classes = Path.of(DarkroomJob.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isDirectory(classes)) {
            return classes;
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private static String executorLogs(Path workerDir) throws IOException {
        try (Stream<Path> files = Files.walk(workerDir)) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.filter(p -> p.getFileName().toString().equals("stderr")).toList()) {
                all.append(Files.readString(f));
            }
            return all.toString();
        }
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no log)";
        }
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
