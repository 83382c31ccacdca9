package io.darkroom.core.config;

import io.darkroom.core.DarkroomException;
import io.darkroom.core.ErrorCode;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Settings every stage needs: where the home (warehouse) lives and which Spark master to use.
 * Precedence, resolved once at the edge by {@link #resolve}: flag &gt; environment &gt; default.
 *
 * @param home        warehouse root: a local path or any Hadoop URI (file:, hdfs:, s3a:)
 * @param sparkMaster Spark master URL; {@code local[*]} is the embedded default
 */
public record DarkroomConfig(String home, String sparkMaster) {
    public static final String DEFAULT_HOME = "darkroom-home";
    public static final String DEFAULT_MASTER = "local[*]";
    public static final String ENV_HOME = "DARKROOM_HOME";
    public static final String ENV_MASTER = "DARKROOM_SPARK_MASTER";

    public DarkroomConfig {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(sparkMaster, "sparkMaster");
        if (home.isBlank()) {
            throw new DarkroomException(ErrorCode.INVALID_CONFIG,
                    "Cannot use an empty home directory; set --home or " + ENV_HOME);
        }
        if (!sparkMaster.startsWith("local") && !sparkMaster.contains("://") && !sparkMaster.equals("yarn")) {
            throw new DarkroomException(ErrorCode.INVALID_CONFIG,
                    "Cannot use Spark master '" + sparkMaster + "': expected local[N], spark://host:port, yarn or k8s://...;"
                            + " set --master or " + ENV_MASTER);
        }
    }

    /** Resolves flag &gt; env &gt; default; a null flag means "not given". */
    public static DarkroomConfig resolve(String homeFlag, String masterFlag, Map<String, String> env) {
        String home = firstNonBlank(homeFlag, env.get(ENV_HOME), DEFAULT_HOME);
        String master = firstNonBlank(masterFlag, env.get(ENV_MASTER), DEFAULT_MASTER);
        return new DarkroomConfig(home, master);
    }

    public static DarkroomConfig embeddedDefault() {
        return new DarkroomConfig(DEFAULT_HOME, DEFAULT_MASTER);
    }

    public boolean isLocal() {
        return sparkMaster.startsWith("local");
    }

    /** The home as a Hadoop-compatible URI string; local paths become absolute file: URIs. */
    public String homeUri() {
        String uri = home.contains("://") || home.startsWith("file:")
                ? home
                : Path.of(home).toAbsolutePath().normalize().toUri().toString();
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        throw new IllegalStateException("no default");
    }
}
