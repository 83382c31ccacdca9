package io.darkroom.analytics.insight;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.darkroom.core.DarkroomException;
import io.darkroom.core.warehouse.InsightsTable;
import io.darkroom.core.warehouse.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a feed run to the {@code insights} table (replacing the previous run: the feed is a
 * snapshot of what is true now) with each insight's evidence as JSON.
 */
public final class InsightStore {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);

    private final Warehouse warehouse;

    public InsightStore(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    public void replace(List<Insight> ranked, String runId, Instant at) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            rows.add(row(ranked.get(i), i + 1, runId, at));
        }
        Dataset<Row> frame = warehouse.spark().createDataFrame(rows, InsightsTable.TABLE.schema());
        warehouse.replace(InsightsTable.TABLE, frame);
    }

    public Dataset<Row> read() {
        if (!warehouse.exists(InsightsTable.TABLE)) {
            throw new DarkroomException(io.darkroom.core.ErrorCode.WAREHOUSE_EMPTY,
                    "Cannot show insights: none have been computed yet; run `darkroom insights` first");
        }
        return warehouse.read(InsightsTable.TABLE);
    }

    static Row row(Insight insight, int rank, String runId, Instant at) {
        InsightScore s = insight.score();
        return RowFactory.create(insight.id(), insight.kind(), rank, insight.subject().measure().name(),
                insight.subject().measure().table(),
                insight.subject().scope().isEmpty() ? "" : new Segment(insight.subject().scope()).toString(),
                insight.segment() == null ? "" : insight.segment().toString(),
                scala.jdk.javaapi.CollectionConverters.asScala(insight.dimensions()).toSeq(),
                insight.period(), s.value(), s.significance(), s.magnitude(), s.novelty(), insight.sentence(),
                evidence(insight), runId, Timestamp.from(at));
    }

    /** The insight record as JSON: every number its sentence was generated from. */
    public static String evidence(Insight insight) {
        try {
            return JSON.writeValueAsString(insight);
        } catch (JsonProcessingException e) {
            throw new DarkroomException(io.darkroom.core.ErrorCode.INTERNAL_ERROR, "Cannot store an insight: its evidence does not serialise",
                    "insight " + insight.id() + ": " + e.getMessage(), e);
        }
    }
}
