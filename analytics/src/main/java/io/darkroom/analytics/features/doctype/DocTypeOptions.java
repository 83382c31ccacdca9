package io.darkroom.analytics.features.doctype;

/**
 * @param minConfidence the model's probability needed to replace the rules' {@code other}
 */
public record DocTypeOptions(int numFeatures, double regParam, int maxIter, double minConfidence) {
    public DocTypeOptions {
        if (numFeatures < 16) {
            throw new IllegalArgumentException("Cannot configure the type model: numFeatures must be at least 16, got "
                    + numFeatures);
        }
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("Cannot configure the type model: minConfidence must be in [0, 1], got "
                    + minConfidence);
        }
    }

    public static DocTypeOptions defaults() {
        return new DocTypeOptions(1 << 14, 0.01, 30, 0.9);
    }
}
