package io.darkroom.analytics.features.duplicates;

/**
 * @param shingleWords  words per shingle (5: long enough that shared boilerplate phrases do not
 *                      make letters alike, short enough that one edited sentence changes few shingles)
 * @param maxDistance   Jaccard distance (1 − |A∩B|/|A∪B| over shingle sets) at or below which two
 *                      documents are near-duplicates; 0.3 means at least 70 % of shingles shared
 * @param hashTables    MinHash tables: more find more true pairs at more cost
 * @param minShingles   documents with fewer shingles (under ~10 words) are not compared: a shared
 *                      greeting would make them "duplicates"
 */
public record NearDuplicateOptions(int shingleWords, double maxDistance, int hashTables, int numFeatures,
                                   int minShingles, long seed) {
    public NearDuplicateOptions {
        if (shingleWords < 1) {
            throw new IllegalArgumentException("Cannot configure near-duplicates: shingleWords must be at least 1, got "
                    + shingleWords);
        }
        if (maxDistance < 0 || maxDistance >= 1) {
            throw new IllegalArgumentException("Cannot configure near-duplicates: maxDistance must be in [0, 1), got "
                    + maxDistance);
        }
    }

    public static NearDuplicateOptions defaults() {
        return new NearDuplicateOptions(5, 0.3, 5, 1 << 20, 5, 42L);
    }
}
