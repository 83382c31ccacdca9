package io.darkroom.app.cli;

import io.darkroom.core.config.DarkroomConfig;
import picocli.CommandLine.Option;

/** Options every warehouse command shares; resolved flag &gt; environment &gt; default. */
public final class WarehouseOptions {
    @Option(names = "--home", paramLabel = "DIR",
            description = "Darkroom home (warehouse and sample data). Default: $DARKROOM_HOME or ./darkroom-home")
    String home;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master. Default: $DARKROOM_SPARK_MASTER or local[*]")
    String master;

    @Option(names = {"-v", "--verbose"}, description = "Show Spark/Tika logs and error causes.")
    boolean verbose;

    public DarkroomConfig config() {
        return DarkroomConfig.resolve(home, master, io.darkroom.app.settings.Settings.environment());
    }
}
