package io.darkroom.nlq.plan;

import io.darkroom.nlq.analyze.DateSpec;

/** Time grains a trend, anomaly search or forecast runs at. */
public enum TimeGrain {
    DAY, WEEK, MONTH, QUARTER, YEAR;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static TimeGrain of(DateSpec.Unit unit) {
        return valueOf(unit.name());
    }
}
