package io.darkroom.nlq.plan;

import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogTable;
import io.darkroom.core.catalog.ColumnProfile;
import io.darkroom.core.catalog.ColumnType;
import io.darkroom.core.catalog.Dimension;
import io.darkroom.core.catalog.Measure;
import io.darkroom.core.catalog.Relation;
import io.darkroom.core.catalog.ValueCount;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The shape of the demo warehouse's catalog, by hand: document facts with types, a sentiment score and
 * amounts, next to finance sheets that have an "invoices" count column and a region sheet with many rows
 * per region. Built as a catalog from before scores were recognised (it still offers "total sentiment").
 */
final class DocumentsCatalog {
    static final String FACTS = "facts";
    static final String BY_REGION = "datasets/finance_by_region";
    static final String SUMMARY = "datasets/finance_summary";
    static final String REGIONS = "datasets/regions";

    private DocumentsCatalog() {
    }

    /** @param uniqueRegions whether the region sheet has one row per region (else 48 rows over 3 regions) */
    static Catalog catalog(boolean uniqueRegions) {
        CatalogTable facts = new CatalogTable(FACTS, "documents", "documents", 2164, List.of(
                text("doc_type", "doc type", 10, List.of("email", "invoice", "ticket", "contract")),
                text("field_region", "region", 3, List.of("North", "South", "West")),
                text("sender", "sender", 30, List.of("Anna Meyer", "Paul Hartmann")),
                text("field_customer", "customer", 30, List.of("Halcyon Water Oy", "Sunfield Dairy B.V.")),
                new ColumnProfile("best_date", "best date", ColumnType.TIMESTAMP, 0, 1650, "2023-01-02 12:00:00", "2025-12-28 12:00:00", List.of()),
                new ColumnProfile("sentiment", "sentiment", ColumnType.DECIMAL, 0.1, 1940, "-0.99", "0.96", List.of()),
                new ColumnProfile("amount", "amount", ColumnType.DECIMAL, 0.6, 913, "89.50", "3949000.00", List.of())),
                List.of(new Measure("documents", "documents", FACTS, Aggregation.COUNT, null, null, null, List.of("files", "docs")),
                        new Measure("total_sentiment", "total sentiment", FACTS, Aggregation.SUM, "sentiment", null, null, List.of("mood", "tone")),
                        new Measure("average_sentiment", "average sentiment", FACTS, Aggregation.AVERAGE, "sentiment", null, null, List.of("mean sentiment")),
                        new Measure("total_amount", "total amount", FACTS, Aggregation.SUM, "amount", null, "EUR", List.of("value")),
                        new Measure("average_amount", "average amount", FACTS, Aggregation.AVERAGE, "amount", null, "EUR", List.of("mean amount"))),
                List.of(new Dimension("doc_type", "doc type", FACTS, "doc_type", false, List.of("kind")),
                        new Dimension("field_region", "region", FACTS, "field_region", false, List.of()),
                        new Dimension("sender", "sender", FACTS, "sender", false, List.of("author", "from")),
                        new Dimension("field_customer", "customer", FACTS, "field_customer", false, List.of("client")),
                        new Dimension("best_date", "best date", FACTS, "best_date", true, List.of())));
        CatalogTable byRegion = new CatalogTable(BY_REGION, "finance by region", "sales.xlsx", 144, List.of(
                text("region", "region", 3, List.of("North", "South", "West")),
                new ColumnProfile("invoices", "invoices", ColumnType.INTEGER, 0, 9, "0", "8", List.of()),
                new ColumnProfile("share_of_revenue_pct", "share of revenue (%)", ColumnType.DECIMAL, 0, 40, "1.5", "30.2", List.of())),
                List.of(new Measure("finance_by_region__count", "number of finance by region", BY_REGION, Aggregation.COUNT, null, null, null, List.of()),
                        new Measure("finance_by_region__total_invoices", "total invoices", BY_REGION, Aggregation.SUM, "invoices", null, null, List.of()),
                        new Measure("finance_by_region__average_invoices", "average invoices", BY_REGION, Aggregation.AVERAGE, "invoices", null, null, List.of())),
                List.of(new Dimension("region", "region", BY_REGION, "region", false, List.of())));
        CatalogTable summary = new CatalogTable(SUMMARY, "finance summary", "sales.xlsx", 36, List.of(
                new ColumnProfile("report_date", "report date", ColumnType.DATE, 0, 36, "2023-01-28", "2025-12-28", List.of()),
                new ColumnProfile("invoices", "invoices", ColumnType.INTEGER, 0, 13, "8", "23", List.of())),
                List.of(new Measure("finance_summary__count", "number of finance summary", SUMMARY, Aggregation.COUNT, null, null, null, List.of()),
                        new Measure("finance_summary__total_invoices", "total invoices", SUMMARY, Aggregation.SUM, "invoices", null, null, List.of()),
                        new Measure("finance_summary__average_invoices", "average invoices", SUMMARY, Aggregation.AVERAGE, "invoices", null, null, List.of())),
                List.of(new Dimension("report_date", "report date", SUMMARY, "report_date", true, List.of())));
        long regionRows = uniqueRegions ? 3 : 48;
        CatalogTable regions = new CatalogTable(REGIONS, "regions", "regions.csv", regionRows, List.of(
                text("region_name", "region name", 3, List.of("North", "South", "West")),
                text("manager", "manager", 3, List.of("Ada Lovelace", "Grace Hopper", "Alan Turing"))),
                List.of(new Measure("regions__count", "number of regions", REGIONS, Aggregation.COUNT, null, null, null, List.of())),
                List.of(new Dimension("manager", "manager", REGIONS, "manager", false, List.of())));
        return new Catalog(1, Instant.parse("2026-01-01T00:00:00Z"), List.of(facts, byRegion, summary, regions),
                List.of(new Relation(FACTS, "field_region", REGIONS, "region_name", 1.0, 0.5, 0.8)), Map.of());
    }

    private static ColumnProfile text(String name, String label, long distinct, List<String> values) {
        return new ColumnProfile(name, label, ColumnType.STRING, 0, distinct, null, null, values.stream().map(v -> new ValueCount(v, 10)).toList());
    }
}
