package io.darkroom.analytics.enrich;

/**
 * How well a classifier agrees with reference labels on held-out items: accuracy and Cohen's
 * kappa (agreement beyond chance; 0 = chance, 1 = perfect), over {@code n} items.
 */
public record Agreement(long n, double accuracy, double kappa) {

    /** From parallel arrays of reference and predicted class indices in [0, classes). */
    public static Agreement of(int[] reference, int[] predicted, int classes) {
        if (reference.length != predicted.length) {
            throw new IllegalArgumentException("Cannot compare " + reference.length + " labels with " + predicted.length + " predictions");
        }
        int n = reference.length;
        if (n == 0) {
            return new Agreement(0, Double.NaN, Double.NaN);
        }
        long[] refCount = new long[classes];
        long[] predCount = new long[classes];
        long same = 0;
        for (int i = 0; i < n; i++) {
            refCount[reference[i]]++;
            predCount[predicted[i]]++;
            if (reference[i] == predicted[i]) {
                same++;
            }
        }
        double observed = (double) same / n;
        double chance = 0;
        for (int c = 0; c < classes; c++) {
            chance += ((double) refCount[c] / n) * ((double) predCount[c] / n);
        }
        double kappa = chance >= 1.0 ? (observed >= 1.0 ? 1.0 : 0.0) : (observed - chance) / (1 - chance);
        return new Agreement(n, observed, kappa);
    }
}
