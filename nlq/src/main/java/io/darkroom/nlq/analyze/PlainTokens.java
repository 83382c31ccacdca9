package io.darkroom.nlq.analyze;

import io.darkroom.nlq.resolve.Words;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model-free tokenizer with crude singular lemmas: for unit tests of later steps (fast and
 * deterministic) and as the fallback when the CoreNLP models cannot load.
 */
public final class PlainTokens implements TokenSource {
    private static final Pattern TOKEN = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?|[\\p{L}][\\p{L}\\p{N}'&.-]*[\\p{L}\\p{N}]|[\\p{L}]|\\S");

    @Override
    public List<Token> tokens(String text, LocalDate reference) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (w.endsWith(".") && w.length() > 1) {
                w = w.substring(0, w.length() - 1);
            }
            boolean number = Character.isDigit(w.charAt(0));
            out.add(new Token(w, number ? w : Words.singular(w.toLowerCase(java.util.Locale.ROOT)),
                    number ? "CD" : "NN", number ? "NUMBER" : "O", null));
        }
        return out;
    }
}
