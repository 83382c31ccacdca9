package io.darkroom.analytics.diagnose;

import io.darkroom.analytics.insight.Segment;

import java.util.Objects;

/** A segment (its full path from the root of the tree) and how it moved. */
public record SegmentChange(Segment segment, Change change) {
    public SegmentChange {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(change, "change");
    }
}
