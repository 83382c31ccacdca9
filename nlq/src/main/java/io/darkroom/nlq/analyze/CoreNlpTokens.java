package io.darkroom.nlq.analyze;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import io.darkroom.text.NlpPipelines;
import io.darkroom.text.PipelineProfile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Tokens, lemmas, POS, coarse NER and SUTime-normalised values from the per-JVM question pipeline
 * ({@link PipelineProfile#QUESTIONS}: loads once in seconds, then milliseconds per question).
 */
public final class CoreNlpTokens implements TokenSource {
    @Override
    public List<Token> tokens(String text, LocalDate reference) {
        Annotation doc = new Annotation(text);
        // SUTime resolves "last month" against the document date: the question's reference date.
        doc.set(CoreAnnotations.DocDateAnnotation.class, reference.toString());
        NlpPipelines.get(PipelineProfile.QUESTIONS).annotate(doc);
        List<Token> out = new ArrayList<>();
        for (CoreLabel t : doc.get(CoreAnnotations.TokensAnnotation.class)) {
            out.add(new Token(t.word(), t.lemma(), t.tag(), t.ner(),
                    t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
        }
        return out;
    }
}
