package io.darkroom.analytics.feed;

import io.darkroom.analytics.insight.MeasureSeries;
import io.darkroom.analytics.insight.Segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What drives a count ("what drives ticket volume"): the segments whose own ups and downs make the
 * total's. A segment's share of the total's variation over the periods is cov(segment, total) /
 * var(total); over all values of a dimension these shares add up to one. A segment that carries a
 * clearly larger share of the variation than of the volume is what moves the total; one that is
 * merely large is not.
 */
final class VolumeDrivers {
    /** Fewer periods than this show no variation worth splitting. */
    static final int MIN_PERIODS = 6;
    /** A driver carries at least this share of the total's variation ... */
    static final double MIN_VARIATION_SHARE = 0.15;
    /** ... and this many times its share of the volume. */
    static final double MIN_LIFT = 1.25;

    /**
     * @param variationShare the segment's share of the total's period-to-period variation (above 1 when the other
     *                       segments move against it; sentences show at most 100 %)
     * @param volumeShare    its share of the total's rows
     */
    record Driver(Segment segment, double variationShare, double volumeShare) {
    }

    private VolumeDrivers() {
    }

    /** The drivers among the segment series, strongest (variation beyond volume) first. */
    static List<Driver> of(MeasureSeries total, List<MeasureSeries> segments) {
        double[] t = total.values();
        if (t.length < MIN_PERIODS) {
            return List.of();
        }
        double mean = mean(t);
        double variance = 0;
        for (double x : t) {
            variance += (x - mean) * (x - mean);
        }
        double volume = mean * t.length;
        if (variance <= 0 || volume <= 0) {
            return List.of();
        }
        List<Driver> out = new ArrayList<>();
        for (MeasureSeries s : segments) {
            double[] v = s.values();
            if (v.length != t.length) {
                continue;
            }
            double m = mean(v);
            double covariance = 0;
            for (int i = 0; i < t.length; i++) {
                covariance += (v[i] - m) * (t[i] - mean);
            }
            double variationShare = covariance / variance;
            double volumeShare = m * v.length / volume;
            if (variationShare >= MIN_VARIATION_SHARE && variationShare >= MIN_LIFT * volumeShare) {
                out.add(new Driver(s.segment(), variationShare, volumeShare));
            }
        }
        out.sort(Comparator.comparingDouble((Driver d) -> d.variationShare() - d.volumeShare()).reversed());
        return out;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? 0 : s / v.length;
    }
}
