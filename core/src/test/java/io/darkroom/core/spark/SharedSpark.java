package io.darkroom.core.spark;

import io.darkroom.core.config.DarkroomConfig;
import org.apache.spark.sql.SparkSession;

/**
 * One local[2] Spark session per test JVM (starting Spark costs seconds), stopped at JVM exit.
 * Tests get it with {@link #session()} and must not stop it.
 */
public final class SharedSpark {
    private static SparkSession session;

    private SharedSpark() {
    }

    public static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSessions.create(new DarkroomConfig("target/spark-test-home", "local[2]"), "darkroom-tests");
            session.sparkContext().setLogLevel("WARN");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> session.stop(), "stop-shared-spark"));
        }
        return session;
    }
}
