package io.darkroom.text;

import java.util.Map;
import java.util.Properties;

/**
 * The CoreNLP annotator sets Darkroom uses, each with its cost on 2 cores (see stack-notes.md and
 * docs/enrichment.md): load time and tokens per second differ by two orders of magnitude, so
 * callers pick the cheapest profile that gives what they need.
 */
public enum PipelineProfile {
    /** Tokens, sentences, POS and lemmas (~1.3 s load, ~18,000 tokens/s). */
    LEMMAS("tokenize,ssplit,pos,lemma", Map.of()),

    /**
     * Bulk entities: coarse NER (7-class MUC + 4-class CoNLL + 3-class models, numeric classifiers
     * for MONEY/PERCENT/NUMBER) without fine-grained regexner and without SUTime, the two options
     * that cost 3x each; DATE/TIME still come from the CRF and are normalised by {@link #DATES}.
     */
    ENTITIES("tokenize,ssplit,pos,lemma,ner", Map.of(
            // A blank line ends a sentence: headers and fields must not run into one PERSON.
            "ssplit.newlineIsSentenceBreak", "two",
            "ner.applyFineGrained", "false",
            "ner.useSUTime", "false",
            "ner.applyNumericClassifiers", "true",
            "ner.buildEntityMentions", "true")),

    /**
     * SUTime normalisation for the few sentences with a DATE/TIME candidate: one sentence in, the
     * cheapest CRF (3-class) plus the numeric classifiers with SUTime, which tag and normalise
     * dates and times.
     */
    DATES("tokenize,ssplit,pos,lemma,ner", Map.of(
            "ssplit.isOneSentence", "true",
            "ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
            "ner.applyFineGrained", "false",
            "ner.useSUTime", "true",
            "ner.applyNumericClassifiers", "true",
            "ner.buildEntityMentions", "true")),

    /**
     * Sentence sentiment: needs the PCFG constituency parser (~180 tokens/s), bounded to 80 tokens
     * so one run-on sentence cannot cost minutes; one sentence in, one label out.
     */
    SENTIMENT("tokenize,ssplit,pos,parse,sentiment", Map.of(
            "ssplit.isOneSentence", "true",
            "parse.maxlen", "80",
            "parse.binaryTrees", "true")),

    /**
     * Questions (nlq): a few words each, so the cost that matters is per call after warm-up. The
     * 3-class CRF gives PERSON/ORGANIZATION/LOCATION, the numeric classifiers MONEY/NUMBER/PERCENT,
     * SUTime normalises dates relative to the document date the caller sets; fine-grained regexner
     * is off (it triples the load time and adds nothing a catalog match does not).
     */
    QUESTIONS("tokenize,ssplit,pos,lemma,ner", Map.of(
            "ssplit.isOneSentence", "true",
            "ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
            "ner.applyFineGrained", "false",
            "ner.useSUTime", "true",
            "ner.applyNumericClassifiers", "true",
            "ner.buildEntityMentions", "false"));

    private final String annotators;
    private final Map<String, String> options;

    PipelineProfile(String annotators, Map<String, String> options) {
        this.annotators = annotators;
        this.options = options;
    }

    public String annotators() {
        return annotators;
    }

    /** The profile's options beyond the annotator list, for reports and tests. */
    public Map<String, String> options() {
        return options;
    }

    Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("tokenize.language", "en");
        // Untokenizable characters are dropped silently: the default warning quotes document text.
        p.setProperty("tokenize.options", "untokenizable=noneDelete");
        options.forEach(p::setProperty);
        return p;
    }
}
