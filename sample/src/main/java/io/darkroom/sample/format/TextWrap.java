package io.darkroom.sample.format;

import java.util.ArrayList;
import java.util.List;

/** Greedy word wrap; PDFs and mail bodies need lines of bounded length. */
public final class TextWrap {
    private TextWrap() {
    }

    public static List<String> wrap(String text, int columns) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > columns) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
