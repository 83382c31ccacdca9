package io.darkroom.analytics.enrich;

import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.trees.Tree;
import io.darkroom.text.NlpPipelines;
import io.darkroom.text.PipelineProfile;

import java.util.List;

/**
 * CoreNLP's sentence sentiment (PCFG parse + recursive network, ~180 tokens/s): the reference
 * labels. Its five classes fold to three; the score is P(positive) - P(negative) in [-1, 1].
 */
public final class SentimentLabeler {
    public static final int NEGATIVE = 0;
    public static final int NEUTRAL = 1;
    public static final int POSITIVE = 2;

    /** A sentence's label (NEGATIVE, NEUTRAL, POSITIVE) and score. */
    public record Label(int label, double score) {
    }

    public Label label(String sentence) {
        CoreDocument doc = new CoreDocument(sentence);
        NlpPipelines.get(PipelineProfile.SENTIMENT).annotate(doc);
        List<CoreSentence> sentences = doc.sentences();
        if (sentences.isEmpty() || sentences.get(0).sentimentTree() == null) {
            return new Label(NEUTRAL, 0.0);
        }
        Tree tree = sentences.get(0).sentimentTree();
        List<Double> p = RNNCoreAnnotations.getPredictionsAsStringList(tree);
        double negative = p.get(0) + p.get(1);
        double positive = p.get(3) + p.get(4);
        int predicted = RNNCoreAnnotations.getPredictedClass(tree);
        int label = predicted < 2 ? NEGATIVE : predicted > 2 ? POSITIVE : NEUTRAL;
        return new Label(label, positive - negative);
    }

    /** Document sentiment: token-weighted mean score, labelled with a dead band around zero. */
    public static String labelOf(double score) {
        return score <= -0.2 ? "negative" : score >= 0.2 ? "positive" : "neutral";
    }
}
