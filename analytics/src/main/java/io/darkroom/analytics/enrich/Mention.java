package io.darkroom.analytics.enrich;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entity mention as it goes into {@code entities}: char offsets into the document text, the
 * global sentence index, and the normalised value fields (null when they do not apply).
 */
public record Mention(int sentence, int begin, int end, String type, String text, String canonical,
                      BigDecimal amount, String currency, LocalDate date, String normalized,
                      String linkedPerson, String linkedEmail, String source) {
    public Mention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("Cannot make a mention at [" + begin + ", " + end + "): bad offsets");
        }
    }
}
