package io.darkroom.app.cli;

import io.darkroom.core.DarkroomException;
import io.darkroom.sample.SampleCorpus;
import io.darkroom.sample.SampleTruth;

import java.nio.file.Path;

/** Runs the generator and turns its argument errors into user errors. */
final class SampleCorpusRunner {
    private SampleCorpusRunner() {
    }

    static SampleTruth generate(Path out, int docs, long seed) {
        try {
            return SampleCorpus.generate(out, docs, seed);
        } catch (IllegalArgumentException e) {
            throw DarkroomException.userInput("Cannot generate the sample corpus in " + out + ": " + e.getMessage());
        }
    }
}
