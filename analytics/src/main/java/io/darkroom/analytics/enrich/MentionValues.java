package io.darkroom.analytics.enrich;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Turns a raw mention (type, surface, CoreNLP's normalised tag) into a {@link Mention} with its
 * canonical name, typed value and e-mail links. Pure Java: the value rules are unit-tested without
 * CoreNLP or Spark.
 */
final class MentionValues {
    private final EmailDirectory directory;

    MentionValues(EmailDirectory directory) {
        this.directory = directory;
    }

    /** A mention before values: where, what type, and CoreNLP's normalised tag (may be null). */
    record Raw(int sentence, int begin, int end, String type, String nerNormalized, String source) {
    }

    Mention complete(Raw raw, String documentText) {
        String surface = documentText.substring(raw.begin(), raw.end());
        String type = raw.type();
        BigDecimal amount = null;
        String currency = null;
        LocalDate date = null;
        String normalized = raw.nerNormalized();
        switch (type) {
            case "MONEY" -> {
                Optional<Money> money = MoneyNormalizer.parse(surface)
                        .or(() -> raw.nerNormalized() == null ? Optional.empty() : MoneyNormalizer.parse(raw.nerNormalized()));
                if (money.isPresent()) {
                    amount = money.get().amount();
                    currency = money.get().currency();
                    normalized = money.get().normalized();
                }
            }
            case "PERCENT" -> {
                Optional<BigDecimal> p = PercentNormalizer.parse(surface);
                amount = p.orElse(null);
                normalized = p.map(BigDecimal::toPlainString).orElse(normalized);
            }
            case "NUMBER", "ORDINAL" -> amount = number(raw.nerNormalized());
            // A TIME naming a day ("6 February 2023 at 10:00", SUTime 2023-02-06T10:00) keeps its day too.
            case "DATE", "TIME" -> {
                date = DateNormalizer.fromTimex(raw.nerNormalized()).or(() -> DateNormalizer.parse(surface)).orElse(null);
                if (normalized == null && date != null) {
                    normalized = date.toString();
                }
            }
            default -> {
                // Names have no value; their canonical form is below.
            }
        }
        String canonical = EntityCanonicalizer.canonical(type, surface);
        String linkedPerson = type.equals("EMAIL") ? directory.personOf(surface).orElse(null) : null;
        String linkedEmail = type.equals("PERSON") && canonical != null ? directory.addressOf(canonical).orElse(null) : null;
        return new Mention(raw.sentence(), raw.begin(), raw.end(), type, surface, canonical, amount, currency, date,
                normalized, linkedPerson, linkedEmail, raw.source());
    }

    private static BigDecimal number(String normalized) {
        if (normalized == null) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(normalized.strip());
            return v.abs().compareTo(new BigDecimal("1e17")) < 0 ? v : null;
        } catch (NumberFormatException e) {
            return null; // ranges ("1-2") and words CoreNLP leaves unparsed keep only their surface
        }
    }
}
