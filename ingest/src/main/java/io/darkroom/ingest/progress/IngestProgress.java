package io.darkroom.ingest.progress;

/**
 * Receives a run's progress: the CLI draws a bar from it, the server can stream it. Called on one
 * driver thread, a few times a second while files are parsed and once more with
 * {@link ProgressSnapshot#finished()} set; implementations must return quickly and not throw.
 */
@FunctionalInterface
public interface IngestProgress {
    IngestProgress NONE = snapshot -> {
    };

    void onUpdate(ProgressSnapshot snapshot);
}
