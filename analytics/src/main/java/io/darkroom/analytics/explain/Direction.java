package io.darkroom.analytics.explain;

/** Which end of a continuous measure is being explained. */
public enum Direction {
    /** What drives the largest values (amount high). */
    HIGH,
    /** What drives the smallest values (sentiment low). */
    LOW
}
