package io.darkroom.ingest.progress;

/**
 * Progress of the parsing part of a run. Totals count the files this run parses (new and changed
 * ones, see {@code IngestSummary}); unchanged files are not work and are not counted.
 *
 * @param failed        files that ended {@code failed} so far
 * @param elapsedMillis since parsing started
 * @param finished      true on the last call of a run
 */
public record ProgressSnapshot(long filesDone, long filesTotal, long bytesDone, long bytesTotal, long failed,
                               long elapsedMillis, boolean finished) {

    public double filesPerSecond() {
        return elapsedMillis == 0 ? 0 : filesDone * 1000.0 / elapsedMillis;
    }

    public double megabytesPerSecond() {
        return elapsedMillis == 0 ? 0 : bytesDone / 1e6 * 1000.0 / elapsedMillis;
    }

    /** Seconds left at the byte rate so far (bytes predict parse time better than files); -1 while unknown. */
    public long etaSeconds() {
        if (bytesDone == 0 || elapsedMillis == 0) {
            return -1;
        }
        double bytesPerMs = (double) bytesDone / elapsedMillis;
        return Math.round((bytesTotal - bytesDone) / bytesPerMs / 1000.0);
    }

    public double fraction() {
        return filesTotal == 0 ? 1 : (double) filesDone / filesTotal;
    }
}
