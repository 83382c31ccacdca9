package io.darkroom.jobs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DarkroomJobTest {
    @Test
    void theMasterSparkSubmitGaveGoesRightAfterTheJobName() {
        assertThat(DarkroomJob.withMaster(new String[]{"pipeline", "--home", "s3a://b/h", "/share"}, "spark://m:7077"))
                .containsExactly("pipeline", "--master", "spark://m:7077", "--home", "s3a://b/h", "/share");
    }

    @Test
    void anExplicitMasterArgumentWinsOverSparkSubmits() {
        assertThat(DarkroomJob.withMaster(new String[]{"ingest", "--master=yarn", "/share"}, "spark://m:7077"))
                .containsExactly("ingest", "--master=yarn", "/share");
    }

    @Test
    void withoutSparkSubmitTheArgumentsStayAsGiven() {
        assertThat(DarkroomJob.withMaster(new String[]{"enrich", "--home", "h"}, null)).containsExactly("enrich", "--home", "h");
    }

    @Test
    void onlyTheBatchCommandsAreJobs() {
        assertThat(DarkroomJob.check("serve", "--port", "1")).hasValueSatisfying(m -> assertThat(m)
                .startsWith("Cannot run job 'serve': expected one of ingest, enrich, catalog, insights, pipeline;"));
        assertThat(DarkroomJob.check()).isPresent();
        assertThat(DarkroomJob.check("catalog", "--json")).isEmpty();
    }
}
