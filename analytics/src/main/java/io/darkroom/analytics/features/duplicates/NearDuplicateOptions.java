package io.darkroom.analytics.features.duplicates;

/**
 * What counts as a near-duplicate: the same document stored again with light edits (a saved copy
 * with a line added, a draft), not another document written from the same template.
 *
 * @param shingleWords     words per shingle (3: an edit changes only the shingles it touches, so a
 *                         sentence added to a 25-word e-mail still leaves over 90 % of its shingles
 *                         in the copy; 5-shingles lost a fifth of them at the edit's borders)
 * @param maxDistance      Jaccard distance (1 − |A∩B|/|A∪B| over shingle sets) at or below which two
 *                         documents are compared at all; 0.5 keeps a short e-mail and its copy with an
 *                         added sentence, and keeps a container (mbox, zip) apart from each member
 * @param minContainment   share of the smaller document's shingles found in the larger (the edit
 *                         adds, it does not rewrite)
 * @param minNumberOverlap Jaccard similarity of the two documents' sets of numbers (amounts, dates,
 *                         order and invoice numbers); documents without numbers agree. Two invoices,
 *                         order confirmations or letters from one template share their words but not
 *                         their figures, and then they are different documents
 * @param hashTables       MinHash tables: a pair at Jaccard similarity s becomes a candidate with
 *                         probability 1 − (1 − s)^tables (10 tables: 0.999 at s = 0.5)
 * @param minShingles      documents with fewer shingles (under ~7 words) are not compared: a shared
 *                         greeting would make them "duplicates"
 */
public record NearDuplicateOptions(int shingleWords, double maxDistance, double minContainment,
                                   double minNumberOverlap, int hashTables, int numFeatures, int minShingles,
                                   long seed) {
    public NearDuplicateOptions {
        if (shingleWords < 1) {
            throw new IllegalArgumentException("Cannot configure near-duplicates: shingleWords must be at least 1, got "
                    + shingleWords);
        }
        if (maxDistance < 0 || maxDistance >= 1) {
            throw new IllegalArgumentException("Cannot configure near-duplicates: maxDistance must be in [0, 1), got "
                    + maxDistance);
        }
        if (minContainment < 0 || minContainment > 1) {
            throw new IllegalArgumentException("Cannot configure near-duplicates: minContainment must be in [0, 1], got "
                    + minContainment);
        }
        if (minNumberOverlap < 0 || minNumberOverlap > 1) {
            throw new IllegalArgumentException("Cannot configure near-duplicates: minNumberOverlap must be in [0, 1], "
                    + "got " + minNumberOverlap);
        }
        if (hashTables < 1) {
            throw new IllegalArgumentException("Cannot configure near-duplicates: hashTables must be at least 1, got "
                    + hashTables);
        }
    }

    public static NearDuplicateOptions defaults() {
        return new NearDuplicateOptions(3, 0.5, 0.85, 0.8, 10, 1 << 20, 5, 42L);
    }
}
