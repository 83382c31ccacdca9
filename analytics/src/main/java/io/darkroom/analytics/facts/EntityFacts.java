package io.darkroom.analytics.facts;

import io.darkroom.core.warehouse.EntitiesTable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * Per-document facts from entity mentions: the largest amount and its currency, the organisation and
 * place named most often, the first date named in the text, and how many people, organisations and
 * amounts are mentioned.
 */
final class EntityFacts {
    static final String TEXT_DATE = "text_date";

    /** doc_id, amount, currency, organization, location, text_date and the three counts. */
    Dataset<Row> of(Dataset<Row> entities) {
        Column type = col(EntitiesTable.TYPE);
        Dataset<Row> perDoc = entities.groupBy(col(EntitiesTable.DOC_ID)).agg(
                max(when(type.equalTo("MONEY").and(col(EntitiesTable.AMOUNT).isNotNull()),
                        struct(col(EntitiesTable.AMOUNT), col(EntitiesTable.CURRENCY)))).as("money"),
                min(when(type.equalTo("DATE"), struct(col(EntitiesTable.BEGIN), col(EntitiesTable.DATE_VALUE)))).as("first_date"),
                countDistinct(when(type.equalTo("PERSON"), col(EntitiesTable.CANONICAL))).as("people_mentioned"),
                countDistinct(when(type.equalTo("ORGANIZATION"), col(EntitiesTable.CANONICAL))).as("organizations_mentioned"),
                sum(when(type.equalTo("MONEY"), 1).otherwise(0)).as("amounts_mentioned"));
        Dataset<Row> flat = perDoc.select(col(EntitiesTable.DOC_ID),
                col("money.amount").cast("decimal(24,2)").as("amount"), col("money.currency").as("currency"),
                col("first_date." + EntitiesTable.DATE_VALUE).cast("timestamp").as(TEXT_DATE),
                col("people_mentioned").cast("int").as("people_mentioned"),
                col("organizations_mentioned").cast("int").as("organizations_mentioned"),
                col("amounts_mentioned").cast("int").as("amounts_mentioned"));
        return flat
                .join(mostFrequent(entities, type.equalTo("ORGANIZATION"), "organization"), EntitiesTable.DOC_ID, "left")
                .join(mostFrequent(entities, type.isin("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE"), "location"),
                        EntitiesTable.DOC_ID, "left");
    }

    /** The canonical name mentioned most often per document (ties: alphabetical, so runs agree). */
    private static Dataset<Row> mostFrequent(Dataset<Row> entities, Column which, String as) {
        Dataset<Row> counts = entities.where(which.and(col(EntitiesTable.CANONICAL).isNotNull()))
                .groupBy(col(EntitiesTable.DOC_ID), col(EntitiesTable.CANONICAL)).agg(count(lit(1)).as("n"));
        return counts.withColumn("rank", row_number().over(Window.partitionBy(EntitiesTable.DOC_ID)
                        .orderBy(col("n").desc(), col(EntitiesTable.CANONICAL).asc())))
                .where(col("rank").equalTo(1))
                .select(col(EntitiesTable.DOC_ID), col(EntitiesTable.CANONICAL).as(as));
    }
}
