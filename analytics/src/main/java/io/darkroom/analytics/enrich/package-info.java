/**
 * CoreNLP enrichment of the {@code documents} table inside Spark: entity mentions with canonical
 * names and normalised values ({@code entities}) and document sentiment ({@code doc_features}),
 * incrementally by text hash. See docs/enrichment.md for options and measured costs.
 */
package io.darkroom.analytics.enrich;
