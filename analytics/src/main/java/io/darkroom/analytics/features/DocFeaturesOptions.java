package io.darkroom.analytics.features;

import io.darkroom.analytics.features.doctype.DocTypeOptions;
import io.darkroom.analytics.features.duplicates.NearDuplicateOptions;
import io.darkroom.analytics.features.phrases.KeyPhraseOptions;
import io.darkroom.analytics.features.topics.TopicOptions;

import java.util.Objects;

/**
 * @param retrainGrowth retrain the type and topic models when the corpus has grown by this share
 *                      since they were trained (0.5: half as many documents again)
 */
public record DocFeaturesOptions(DocTypeOptions docType, TopicOptions topics, NearDuplicateOptions nearDuplicates,
                                 KeyPhraseOptions keyPhrases, double retrainGrowth) {
    public DocFeaturesOptions {
        Objects.requireNonNull(docType, "docType");
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(nearDuplicates, "nearDuplicates");
        Objects.requireNonNull(keyPhrases, "keyPhrases");
        if (retrainGrowth <= 0) {
            throw new IllegalArgumentException("Cannot configure features: retrainGrowth must be positive, got "
                    + retrainGrowth);
        }
    }

    public static DocFeaturesOptions defaults() {
        return new DocFeaturesOptions(DocTypeOptions.defaults(), TopicOptions.defaults(),
                NearDuplicateOptions.defaults(), KeyPhraseOptions.defaults(), 0.5);
    }
}
