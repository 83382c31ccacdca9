package io.darkroom.nlq.plan;

import java.util.Optional;

/**
 * Conditions on documents: an optional document type and an optional calendar year.
 *
 * @param docType one of the facts' document types, or null for every type
 * @param year    a calendar year, or null for all time
 */
public record DocumentFilter(String docType, Integer year) {
    public static final DocumentFilter NONE = new DocumentFilter(null, null);

    public DocumentFilter {
        if (year != null && (year < 1900 || year > 2200)) {
            throw new IllegalArgumentException("Cannot filter on year " + year + ": out of range 1900-2200");
        }
    }

    public Optional<String> docTypeIfAny() {
        return Optional.ofNullable(docType);
    }

    public Optional<Integer> yearIfAny() {
        return Optional.ofNullable(year);
    }
}
