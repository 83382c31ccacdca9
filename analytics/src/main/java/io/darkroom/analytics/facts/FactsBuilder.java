package io.darkroom.analytics.facts;

import io.darkroom.core.warehouse.DocFeaturesTable;
import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.core.warehouse.EntitiesTable;
import io.darkroom.core.warehouse.FactsTable;
import io.darkroom.core.warehouse.Warehouse;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.quarter;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

/**
 * Builds the {@code facts} table: one analysable row per document from {@code documents}, plus
 * what enrichment found when it has run ({@code doc_features}: type, topic, sentiment;
 * {@code entities}: amounts, organisations, places, dates in the text) and the form fields the
 * documents repeat. Rebuilt whole on every run: it is cheap next to parsing and annotating.
 */
public final class FactsBuilder {
    private final Warehouse warehouse;
    private final FormFields formFields = new FormFields();
    private final EntityFacts entityFacts = new EntityFacts();

    public FactsBuilder(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** Rebuilds the facts table from what the warehouse holds; returns the number of fact rows. */
    public long rebuild() {
        Optional<Dataset<Row>> features = warehouse.exists(DocFeaturesTable.TABLE)
                ? Optional.of(warehouse.read(DocFeaturesTable.TABLE)) : Optional.empty();
        Optional<Dataset<Row>> entities = warehouse.exists(EntitiesTable.TABLE)
                ? Optional.of(warehouse.read(EntitiesTable.TABLE)) : Optional.empty();
        Dataset<Row> facts = build(warehouse.read(DocumentsTable.TABLE), features, entities).cache();
        try {
            warehouse.replace(FactsTable.TABLE, facts);
            return facts.count();
        } finally {
            facts.unpersist();
        }
    }

    /** Facts from documents alone (no enrichment yet). */
    public Dataset<Row> build(Dataset<Row> documents) {
        return build(documents, Optional.empty(), Optional.empty());
    }

    public Dataset<Row> build(Dataset<Row> documents, Optional<Dataset<Row>> features, Optional<Dataset<Row>> entities) {
        Column ruleType = DocumentTypes.typeOf(col(DocumentsTable.MIME), col(DocumentsTable.TEXT));
        Dataset<Row> base = documents.withColumn("rule_type", ruleType);
        if (features.isPresent()) {
            Dataset<Row> f = features.get().select(col(DocFeaturesTable.DOC_ID),
                    col(DocFeaturesTable.DOC_TYPE).as("model_type"), col(DocFeaturesTable.TOPIC_LABEL).as(FactsTable.TOPIC),
                    col(DocFeaturesTable.SENTIMENT_SCORE).cast("double").as(FactsTable.SENTIMENT),
                    col(DocFeaturesTable.SENTIMENT_LABEL).as(FactsTable.SENTIMENT_LABEL));
            base = base.join(f, DocumentsTable.DOC_ID, "left");
        } else {
            base = base.withColumn("model_type", lit(null).cast("string"))
                    .withColumn(FactsTable.TOPIC, lit(null).cast("string"))
                    .withColumn(FactsTable.SENTIMENT, lit(null).cast("double"))
                    .withColumn(FactsTable.SENTIMENT_LABEL, lit(null).cast("string"));
        }
        // Confident rules win; the trained classifier decides what the rules could only call "other".
        base = base.withColumn(FactsTable.DOC_TYPE, when(col("rule_type").notEqual(DocumentTypes.OTHER), col("rule_type"))
                .otherwise(coalesce(col("model_type"), col("rule_type"))));
        if (entities.isPresent()) {
            base = base.join(entityFacts.of(entities.get()), DocumentsTable.DOC_ID, "left");
        } else {
            base = base.withColumn("amount", lit(null).cast("decimal(24,2)")).withColumn("currency", lit(null).cast("string"))
                    .withColumn(EntityFacts.TEXT_DATE, lit(null).cast("timestamp"))
                    .withColumn("people_mentioned", lit(null).cast("int")).withColumn("organizations_mentioned", lit(null).cast("int"))
                    .withColumn("amounts_mentioned", lit(null).cast("int"))
                    .withColumn("organization", lit(null).cast("string")).withColumn("location", lit(null).cast("string"));
        }
        Column bestDate = coalesce(col(DocumentsTable.SENT_AT), col(DocumentsTable.CREATED), col(DocumentsTable.MODIFIED),
                col(EntityFacts.TEXT_DATE), col(DocumentsTable.FILE_MODIFIED_AT));
        Dataset<Row> facts = base.withColumn(FactsTable.BEST_DATE, bestDate).select(core(bestDate));
        FormFields.Discovered fields = formFields.discover(base.select(col(DocumentsTable.DOC_ID),
                col(FactsTable.DOC_TYPE), col(DocumentsTable.TEXT)).where(col(DocumentsTable.TEXT).isNotNull()));
        if (!fields.labels().isEmpty()) {
            facts = facts.join(fields.valuesByDocument(), FactsTable.DOC_ID, "left");
        }
        return facts;
    }

    private static Column[] core(Column bestDate) {
        List<Column> cols = new ArrayList<>();
        for (StructField f : FactsTable.TABLE.schema().fields()) {
            cols.add(switch (f.name()) {
                case FactsTable.DAY -> to_date(col(FactsTable.BEST_DATE)).as(FactsTable.DAY);
                case FactsTable.MONTH -> date_format(col(FactsTable.BEST_DATE), "yyyy-MM").as(FactsTable.MONTH);
                case FactsTable.QUARTER -> concat(year(col(FactsTable.BEST_DATE)).cast("string"), lit("-Q"),
                        quarter(col(FactsTable.BEST_DATE)).cast("string")).as(FactsTable.QUARTER);
                case FactsTable.YEAR -> year(col(FactsTable.BEST_DATE)).as(FactsTable.YEAR);
                case FactsTable.SENDER -> coalesce(senderName(col(DocumentsTable.EMAIL_FROM)),
                        col(DocumentsTable.AUTHOR)).as(FactsTable.SENDER);
                default -> col(f.name()).cast(f.dataType()).as(f.name());
            });
        }
        return cols.toArray(new Column[0]);
    }

    /** "Jane Doe <jane@x.com>" → "Jane Doe"; a bare address stays as it is. */
    private static Column senderName(Column from) {
        Column name = trim(regexp_extract(from, "^\\s*\"?([^\"<]+?)\"?\\s*<", 1));
        return when(from.isNull(), lit(null).cast(DataTypes.StringType))
                .when(name.notEqual(""), name).otherwise(trim(from));
    }
}
