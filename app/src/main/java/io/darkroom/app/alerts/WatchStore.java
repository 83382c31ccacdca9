package io.darkroom.app.alerts;

import com.fasterxml.jackson.core.type.TypeReference;
import io.darkroom.app.cli.Json;
import io.darkroom.core.DarkroomException;
import io.darkroom.core.ErrorCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The watches and what each channel of each watch has been told, as two JSON files under
 * {@code <home>/alerts/}. Files, not a Delta table: the server adds watches while a CLI run may send
 * alerts, and a rename is atomic where a Spark session per request would not be cheap.
 */
public final class WatchStore {
    /** How many notified insight ids a channel remembers; older ones cannot come back as "new" (ids carry the period). */
    static final int REMEMBERED = 2_000;
    private static final TypeReference<List<Watch>> WATCHES = new TypeReference<>() { };
    private static final TypeReference<Map<String, ChannelState>> STATES = new TypeReference<>() { };

    private final Path watchesFile;
    private final Path stateFile;

    /**
     * What one channel of one watch has sent and still owes.
     *
     * @param notified   insight ids already delivered
     * @param pending    alerts waiting for the next digest or for a failed delivery's retry
     * @param lastDigest when the last digest went out (or the period started), null before the first
     * @param lastError  why the last delivery failed, null when it worked
     */
    public record ChannelState(Set<String> notified, List<Alert> pending, Instant lastDigest, String lastError) {
        public ChannelState {
            notified = notified == null ? Set.of() : Set.copyOf(notified);
            pending = pending == null ? List.of() : List.copyOf(pending);
        }

        static ChannelState empty() {
            return new ChannelState(Set.of(), List.of(), null, null);
        }

        ChannelState delivered(List<Alert> sent, Instant digestAt) {
            LinkedHashSet<String> ids = new LinkedHashSet<>(notified);
            sent.forEach(a -> ids.add(a.insightId()));
            List<String> kept = new ArrayList<>(ids);
            return new ChannelState(Set.copyOf(kept.subList(Math.max(0, kept.size() - REMEMBERED), kept.size())), List.of(),
                    digestAt == null ? lastDigest : digestAt, null);
        }
    }

    public WatchStore(Path home) {
        Path dir = home.resolve("alerts");
        this.watchesFile = dir.resolve("watches.json");
        this.stateFile = dir.resolve("state.json");
    }

    public List<Watch> watches() {
        return read(watchesFile, WATCHES, List.of());
    }

    public synchronized Watch add(Watch watch) {
        List<Watch> all = new ArrayList<>(watches());
        if (all.stream().anyMatch(w -> w.id().equals(watch.id()))) {
            throw DarkroomException.userInput("Cannot add watch " + watch.id() + ": it exists already");
        }
        all.add(watch);
        write(watchesFile, all);
        return watch;
    }

    /** Removes the watch and what its channels remembered; false when there was no such watch. */
    public synchronized boolean remove(String id) {
        List<Watch> all = new ArrayList<>(watches());
        boolean removed = all.removeIf(w -> w.id().equals(id));
        if (removed) {
            write(watchesFile, all);
            Map<String, ChannelState> states = new HashMap<>(states());
            states.keySet().removeIf(k -> k.startsWith(id + "|"));
            write(stateFile, states);
        }
        return removed;
    }

    Map<String, ChannelState> states() {
        return read(stateFile, STATES, Map.of());
    }

    void saveStates(Map<String, ChannelState> states) {
        write(stateFile, states);
    }

    private static <T> T read(Path file, TypeReference<T> type, T absent) {
        if (!Files.exists(file)) {
            return absent;
        }
        try {
            return Json.mapper().readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new DarkroomException(ErrorCode.INVALID_CONFIG, "Cannot read the alert settings in " + file
                    + "; fix or remove the file", e.getMessage(), e);
        }
    }

    private static void write(Path file, Object value) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, Json.write(value));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DarkroomException(ErrorCode.INTERNAL_ERROR, "Cannot save the alert settings in " + file,
                    e.getMessage(), e);
        }
    }
}
