/** See architecture.md. */
package io.darkroom.nlq;
