package io.darkroom.ingest.progress;

import java.util.Locale;

/** Renders a snapshot as one terminal line: {@code [#####.....] 1,234/5,000 files · 41.2 files/s · 3.1 MB/s · ETA 1m32s · 2 failed}. */
public final class ProgressLine {
    private static final int BAR_WIDTH = 24;

    private ProgressLine() {
    }

    public static String render(ProgressSnapshot s) {
        int filled = (int) Math.round(s.fraction() * BAR_WIDTH);
        String bar = "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled);
        String eta = s.finished() ? "done" : s.etaSeconds() < 0 ? "ETA --" : "ETA " + duration(s.etaSeconds());
        return String.format(Locale.ROOT, "[%s] %,d/%,d files · %.1f files/s · %.1f MB/s · %s · %,d failed",
                bar, s.filesDone(), s.filesTotal(), s.filesPerSecond(), s.megabytesPerSecond(), eta, s.failed());
    }

    static String duration(long seconds) {
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
        }
        return seconds >= 60 ? String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60) : seconds + "s";
    }
}
