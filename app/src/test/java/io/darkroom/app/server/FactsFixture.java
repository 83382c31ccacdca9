package io.darkroom.app.server;

import io.darkroom.analytics.catalog.CatalogBuilder;
import io.darkroom.analytics.catalog.TableSource;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.spark.SharedSpark;
import io.darkroom.core.warehouse.FactsTable;
import io.darkroom.core.warehouse.TableRowFixture;
import io.darkroom.nlq.QuestionAnswerer;
import io.darkroom.nlq.analyze.PlainTokens;
import io.darkroom.nlq.exec.TableReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small facts table with its real catalog, and the answerer over it (model-free tokens: fast, no CoreNLP). */
public final class FactsFixture {
    private FactsFixture() {
    }

    /** @param docs pairs of (doc type, ISO day) */
    public static QuestionAnswerer answerer(String[][] docs) {
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (String[] d : docs) {
            rows.add(fact("d" + n++, d[0], d[1]));
        }
        Dataset<Row> facts = SharedSpark.session().createDataFrame(rows, FactsTable.TABLE.schema());
        Catalog catalog = new CatalogBuilder().build(List.of(new TableSource("facts", "documents", "documents", facts)), Map.of());
        return new QuestionAnswerer(catalog, TableReader.of(Map.of("facts", facts)), new PlainTokens(), null, null, Clock.systemUTC());
    }

    static Row fact(String id, String type, String day) {
        int year = Integer.parseInt(day.substring(0, 4));
        int month = Integer.parseInt(day.substring(5, 7));
        return TableRowFixture.row(FactsTable.TABLE.schema(), FactsTable.DOC_ID, id, FactsTable.FILE_PATH, "/share/" + id,
                FactsTable.DOC_TYPE, type, FactsTable.BEST_DATE, Timestamp.valueOf(day + " 12:00:00"),
                FactsTable.DAY, Date.valueOf(day), FactsTable.MONTH, day.substring(0, 7),
                FactsTable.QUARTER, year + "-Q" + ((month - 1) / 3 + 1), FactsTable.YEAR, year);
    }
}
