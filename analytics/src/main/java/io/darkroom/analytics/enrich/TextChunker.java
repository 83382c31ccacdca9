package io.darkroom.analytics.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits long text into chunks of at most {@code maxTokens} estimated tokens, preferring paragraph,
 * then sentence, then line breaks, then any space. Chunks tile the text (each begins where the
 * previous ends) so chunk-relative offsets map back by adding {@link Chunk#begin()}. Bounding the
 * chunk bounds CoreNLP's per-call memory and time, whatever one document's size.
 */
public final class TextChunker {
    /** Roughly CoreNLP's tokens: words, numbers and each punctuation mark (over-counts, the safe side). */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+|[^\\p{L}\\p{N}_\\s]");

    private final int maxTokens;

    public TextChunker(int maxTokens) {
        if (maxTokens < 10) {
            throw new IllegalArgumentException("Cannot chunk text into " + maxTokens + " tokens: use at least 10");
        }
        this.maxTokens = maxTokens;
    }

    /** A chunk: [begin, end) char offsets into the text. */
    public record Chunk(int begin, int end) {
        public String of(String text) {
            return text.substring(begin, end);
        }
    }

    public List<Chunk> chunk(String text) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new int[]{m.start(), m.end()});
        }
        if (tokens.size() <= maxTokens) {
            return List.of(new Chunk(0, text.length()));
        }
        List<Chunk> chunks = new ArrayList<>();
        int begin = 0;
        int first = 0;
        while (tokens.size() - first > maxTokens) {
            int cut = bestCut(text, tokens, first);
            int end = tokens.get(cut)[0];
            chunks.add(new Chunk(begin, end));
            begin = end;
            first = cut;
        }
        chunks.add(new Chunk(begin, text.length()));
        return List.copyOf(chunks);
    }

    /** Index of the token that starts the next chunk: the best break in the window's second half. */
    private int bestCut(String text, List<int[]> tokens, int first) {
        int best = first + maxTokens;
        int bestRank = -1;
        for (int k = first + maxTokens; k > first + maxTokens / 2; k--) {
            int rank = rank(text, tokens.get(k - 1), tokens.get(k));
            if (rank > bestRank) {
                best = k;
                bestRank = rank;
                if (rank == 3) {
                    break;
                }
            }
        }
        return best;
    }

    private static int rank(String text, int[] before, int[] after) {
        String gap = text.substring(before[1], after[0]);
        if (gap.matches("(?s).*\\n\\s*\\n.*")) {
            return 3;
        }
        char last = text.charAt(before[1] - 1);
        if (!gap.isEmpty() && (last == '.' || last == '!' || last == '?')) {
            return 2;
        }
        if (gap.indexOf('\n') >= 0) {
            return 1;
        }
        return gap.isEmpty() ? -1 : 0;
    }
}
