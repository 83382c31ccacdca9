package io.darkroom.text;

import java.util.Properties;

/**
 * The CoreNLP annotator sets Darkroom uses, each with its cost on 2 cores (see stack-notes.md):
 * load time and tokens per second differ by two orders of magnitude, so callers pick the cheapest
 * profile that gives what they need.
 */
public enum PipelineProfile {
    /** Tokens, sentences, POS and lemmas (~1.3 s load, ~18,000 tokens/s). */
    LEMMAS("tokenize,ssplit,pos,lemma");

    private final String annotators;

    PipelineProfile(String annotators) {
        this.annotators = annotators;
    }

    public String annotators() {
        return annotators;
    }

    Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("tokenize.language", "en");
        return p;
    }
}
