/** See architecture.md. */
package io.darkroom.analytics;
