package io.darkroom.app.server;

import io.darkroom.core.catalog.Catalog;
import io.darkroom.nlq.QuestionAnswerer;

/** Builds the question answerer for a catalog; production uses CoreNLP, tests the model-free tokens. */
@FunctionalInterface
public interface AnswererFactory {
    QuestionAnswerer create(Catalog catalog);
}
