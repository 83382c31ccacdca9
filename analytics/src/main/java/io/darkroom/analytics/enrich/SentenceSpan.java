package io.darkroom.analytics.enrich;

import java.util.List;

/** A sentence of a document: global index, char offsets, CoreNLP token count and lower-cased lemmas. */
public record SentenceSpan(int index, int begin, int end, int tokenCount, List<String> lemmas) {
    public SentenceSpan {
        lemmas = List.copyOf(lemmas);
    }
}
