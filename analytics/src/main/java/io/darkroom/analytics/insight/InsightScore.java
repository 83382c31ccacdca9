package io.darkroom.analytics.insight;

/**
 * How much an insight deserves a reader's attention, as three factors in 0..1 whose product ranks
 * the feed: how sure we are it is real (significance), how big it is relative to the measure
 * (magnitude), and how new it is (novelty: recent periods and first mentions score higher).
 */
public record InsightScore(double significance, double magnitude, double novelty) {
    public InsightScore {
        check("significance", significance);
        check("magnitude", magnitude);
        check("novelty", novelty);
    }

    public double value() {
        return significance * magnitude * novelty;
    }

    public InsightScore withNovelty(double newNovelty) {
        return new InsightScore(significance, magnitude, newNovelty);
    }

    private static void check(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("Cannot score an insight: " + name + " " + v + " is outside 0..1");
        }
    }

    /** Squashes an unbounded non-negative strength (a z-score, a ratio) into 0..1: x / (x + half). */
    public static double squash(double x, double half) {
        return x <= 0 || Double.isNaN(x) ? 0 : Double.isInfinite(x) ? 1 : x / (x + half);
    }
}
