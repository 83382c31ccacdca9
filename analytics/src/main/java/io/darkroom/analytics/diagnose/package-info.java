/**
 * Change diagnosis ("why did it change?"): the change of a measure between two sets of rows
 * (two periods, a period against the average of earlier periods, or two segments) decomposed by
 * dimension, dimensions ranked by how much they concentrate the change, a decomposition tree that
 * drills into the top segment, and for ratio measures a mix/rate split. Entry point:
 * {@link io.darkroom.analytics.diagnose.ChangeDiagnoser}.
 */
package io.darkroom.analytics.diagnose;
