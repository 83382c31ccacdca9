package io.darkroom.jobs;

import io.darkroom.app.Darkroom;
import io.darkroom.app.cli.ExitCodes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The spark-submit entry point: {@code DarkroomJob <ingest|enrich|catalog|insights|pipeline> [CLI options]}.
 * Each job is the CLI command of the same name, with the same arguments; the only difference is the
 * Spark master, which comes from spark-submit ({@code spark.master}) unless {@code --master} is given.
 */
public final class DarkroomJob {
    /** The commands that make sense as batch jobs on a cluster (not serve, ask, sample or demo). */
    public static final List<String> JOBS = List.of("ingest", "enrich", "catalog", "insights", "pipeline");

    private DarkroomJob() {
    }

    public static void main(String[] args) {
        int code = run(args);
        // A job's JVM must end with the job, as the CLI's does: a client-mode SparkSubmit otherwise waits for any
        // non-daemon thread a library left running (seen: the driver stayed up after ingest). The exception is a driver that
        // YARN's ApplicationMaster runs (deploy mode "cluster"): System.exit(0) there, before it has reported
        // the final status, marks the application failed; it ends the JVM itself.
        if (code != ExitCodes.OK || !"cluster".equals(System.getProperty("spark.submit.deployMode"))) {
            System.exit(code);
        }
    }

    /** Runs one job and returns the CLI's exit code (0 ok, 1 user error, 2 internal error). */
    public static int run(String... args) {
        Optional<String> problem = check(args);
        if (problem.isPresent()) {
            System.err.println(problem.get());
            return ExitCodes.USER_ERROR;
        }
        return Darkroom.run(withMaster(args, System.getProperty("spark.master")).toArray(String[]::new));
    }

    static Optional<String> check(String... args) {
        if (args.length == 0 || !JOBS.contains(args[0])) {
            return Optional.of("Cannot run job '" + (args.length == 0 ? "" : args[0]) + "': expected one of "
                    + String.join(", ", JOBS) + "; e.g. spark-submit --class " + DarkroomJob.class.getName()
                    + " darkroom-jobs.jar pipeline --home s3a://bucket/darkroom /share");
        }
        return Optional.empty();
    }

    /**
     * The job's arguments with {@code --master} set to spark-submit's master, so that a job never falls back to
     * the CLI's {@code local[*]} default on a cluster. An explicit {@code --master} in the arguments wins.
     */
    static List<String> withMaster(String[] args, String submittedMaster) {
        List<String> out = new ArrayList<>(Arrays.asList(args));
        boolean given = out.stream().anyMatch(a -> a.equals("--master") || a.startsWith("--master="));
        if (!given && submittedMaster != null && !submittedMaster.isBlank()) {
            out.addAll(1, List.of("--master", submittedMaster));
        }
        return List.copyOf(out);
    }
}
