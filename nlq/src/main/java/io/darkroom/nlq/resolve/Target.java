package io.darkroom.nlq.resolve;

import io.darkroom.core.catalog.CatalogTable;
import io.darkroom.core.catalog.ColumnProfile;
import io.darkroom.core.catalog.Dimension;
import io.darkroom.core.catalog.Measure;

/** What a phrase of a question can mean in the catalog. */
public sealed interface Target {
    String table();

    /** Words for the user ("total freight", "country", "Germany"). */
    String describe();

    record MeasureTarget(Measure measure) implements Target {
        public String table() {
            return measure.table();
        }

        public String describe() {
            return measure.label();
        }
    }

    record DimensionTarget(Dimension dimension) implements Target {
        public String table() {
            return dimension.table();
        }

        public String describe() {
            return dimension.label();
        }
    }

    /** Any column, for "what is the phone of ..." (lookups need columns that are neither measure nor dimension). */
    record ColumnTarget(String table, ColumnProfile column) implements Target {
        public String describe() {
            return column.label();
        }
    }

    /** A value of the value index: {@code column = value}. */
    record ValueTarget(String table, String column, String columnLabel, String value, long count) implements Target {
        public String describe() {
            return value + " (" + columnLabel + ")";
        }
    }

    record TableTarget(CatalogTable catalogTable) implements Target {
        public String table() {
            return catalogTable.name();
        }

        public String describe() {
            return catalogTable.label();
        }
    }
}
