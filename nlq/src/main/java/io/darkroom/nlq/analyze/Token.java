package io.darkroom.nlq.analyze;

import java.util.Locale;
import java.util.Objects;

/**
 * One token of a question as CoreNLP (or the plain fallback) read it.
 *
 * @param word       surface text
 * @param lemma      lower-case lemma ("countries" → "country")
 * @param pos        Penn Treebank tag ("NNS", "CD", ...)
 * @param ner        entity tag ("LOCATION", "DATE", "NUMBER", "O")
 * @param normalized SUTime/numeric normalised value ("1997-03", "5000.0"), or null
 */
public record Token(String word, String lemma, String pos, String ner, String normalized) {
    public Token {
        Objects.requireNonNull(word, "word");
        lemma = lemma == null ? word.toLowerCase(Locale.ROOT) : lemma.toLowerCase(Locale.ROOT);
        pos = pos == null ? "" : pos;
        ner = ner == null ? "O" : ner;
    }

    public String lower() {
        return word.toLowerCase(Locale.ROOT);
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }
}
