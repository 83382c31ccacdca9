package io.darkroom.app.server;

import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.nlq.QuestionAnswerer;

/**
 * Builds the question answerer for a catalog over a warehouse (the whole one, or one caller's
 * restricted view); production uses CoreNLP, tests the model-free tokens.
 */
@FunctionalInterface
public interface AnswererFactory {
    QuestionAnswerer create(Warehouse warehouse, Catalog catalog);
}
