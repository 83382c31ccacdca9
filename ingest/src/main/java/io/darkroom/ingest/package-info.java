/** See architecture.md. */
package io.darkroom.ingest;
