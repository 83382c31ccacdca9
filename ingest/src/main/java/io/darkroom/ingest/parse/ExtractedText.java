package io.darkroom.ingest.parse;

import java.util.regex.Pattern;

/** Shapes Tika's plain text for the table and counts its words. */
public final class ExtractedText {
    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("\\A(?:[ \\t\\x0B\\f\\r]*\\n)+");
    private static final Pattern TRAILING_WHITESPACE = Pattern.compile("\\s+\\z");
    /** Tika's text handler emits a newline per XHTML block: three or more in a row add nothing but noise. */
    private static final Pattern BLANK_LINE_RUNS = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*(?:\\n[ \\t\\x0B\\f\\r]*){2,}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    private ExtractedText() {
    }

    /**
     * Unifies line ends (mail bodies keep their CRLF), drops leading blank lines and trailing whitespace and squeezes runs of blank lines into one
     * blank line, so paragraph breaks survive while Tika's block padding does not.
     */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        text = LEADING_BLANK_LINES.matcher(text).replaceFirst("");
        text = TRAILING_WHITESPACE.matcher(text).replaceFirst("");
        return BLANK_LINE_RUNS.matcher(text).replaceAll("\n\n");
    }

    /** Whitespace-separated tokens that hold at least one letter or digit (punctuation alone is no word). */
    public static int wordCount(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int count = 0;
        for (String token : WHITESPACE.split(text.strip())) {
            if (LETTER_OR_DIGIT.matcher(token).find()) {
                count++;
            }
        }
        return count;
    }
}
