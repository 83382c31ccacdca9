package io.darkroom.ingest.runs;

import io.darkroom.core.spark.SharedSpark;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.ingest.IngestJob;
import io.darkroom.ingest.IngestRequest;

/**
 * The ingest run that {@link KilledIngestRecoverySparkTest} starts in a child JVM and kills.
 * Arguments: share folder, warehouse URI, files per commit.
 */
public final class IngestChildProcess {
    private IngestChildProcess() {
    }

    public static void main(String[] args) {
        Warehouse warehouse = new Warehouse(SharedSpark.session(), args[1]);
        new IngestJob().run(warehouse, KilledIngestRecoverySparkTest.request(args[0]).withCommitEveryFiles(Integer.parseInt(args[2])));
        System.out.println("child ingest finished");
        System.exit(0);
    }
}
