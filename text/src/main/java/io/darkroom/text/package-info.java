/** The per-JVM CoreNLP pipeline holder (filled by the features issue). */
package io.darkroom.text;
