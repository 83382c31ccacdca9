package io.darkroom.app.cli;

import io.darkroom.core.spark.SharedSpark;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SparkProgressBarSparkTest {
    @Test
    void theListenerCountsFinishedJobsAndForgetsCompletedStages() throws Exception {
        SparkSession spark = SharedSpark.session();
        SparkProgressBar.Listener listener = new SparkProgressBar.Listener();
        spark.sparkContext().addSparkListener(listener);
        try {
            spark.range(0, 10_000, 1, 4).selectExpr("id % 7 as k").groupBy("k").count().collectAsList();
            spark.range(0, 100, 1, 3).count();
            // the listener bus delivers events asynchronously
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (listener.snapshot("t", 0).jobsDone() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            SparkProgressBar.Snapshot after = listener.snapshot("enrich", 83_000);
            assertThat(after.jobsDone()).isGreaterThanOrEqualTo(2);
            assertThat(after.activeStages()).isZero();
            assertThat(after.render()).isEqualTo("[........................] enrich · " + after.jobsDone()
                    + " Spark jobs done · between stages · 1m23s");
        } finally {
            spark.sparkContext().removeSparkListener(listener);
        }
    }

    @Test
    void aHalfDoneStageFillsHalfTheBar() {
        SparkProgressBar.Snapshot half = new SparkProgressBar.Snapshot("insights", 1, 6, 12, 2, 5_000);
        assertThat(half.render()).isEqualTo("[############............] insights · 1 Spark job done · 6/12 tasks in 2 stages · 5s");
    }
}
