package io.darkroom.nlq.plan;

import io.darkroom.core.warehouse.FactsTable;

/** Time grains a trend can be shown at; each maps to a facts column. */
public enum TimeGrain {
    DAY(FactsTable.DAY, "day"),
    MONTH(FactsTable.MONTH, "month"),
    QUARTER(FactsTable.QUARTER, "quarter"),
    YEAR(FactsTable.YEAR, "year");

    private final String column;
    private final String word;

    TimeGrain(String column, String word) {
        this.column = column;
        this.word = word;
    }

    public String column() {
        return column;
    }

    public String word() {
        return word;
    }
}
