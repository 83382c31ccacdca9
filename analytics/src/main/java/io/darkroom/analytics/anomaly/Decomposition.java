package io.darkroom.analytics.anomaly;

/** How trend and season combine: added (value = trend + season) or multiplied (log value = log trend + log season). */
public enum Decomposition {
    ADDITIVE,
    /** Chosen for positive series whose seasonal swing grows with the level (growing businesses). */
    MULTIPLICATIVE
}
