package io.darkroom.app.cli;

import io.darkroom.core.config.DarkroomConfig;
import io.darkroom.core.spark.SparkSessions;
import io.darkroom.core.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;

/** A Spark session and the warehouse it reads and writes, for the life of one command. */
public final class WarehouseSession implements AutoCloseable {
    private final SparkSession spark;
    private final Warehouse warehouse;
    private final boolean owned;

    private WarehouseSession(SparkSession spark, Warehouse warehouse, boolean owned) {
        this.spark = spark;
        this.warehouse = warehouse;
        this.owned = owned;
    }

    /** Opens the warehouse; reuses a Spark session already running in this JVM (and then leaves it running). */
    public static WarehouseSession open(DarkroomConfig config, String appName, boolean verbose) {
        boolean owned = SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = SparkSessions.create(config, appName);
        if (owned) {
            spark.sparkContext().setLogLevel(verbose ? "INFO" : "WARN");
        }
        return new WarehouseSession(spark, new Warehouse(spark, config), owned);
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    public SparkSession spark() {
        return spark;
    }

    @Override
    public void close() {
        if (owned) {
            spark.stop();
        }
    }
}
