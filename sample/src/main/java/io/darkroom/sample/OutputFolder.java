package io.darkroom.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Guards the output folder: the generator writes only into a new or empty folder, or replaces a
 * corpus it generated before (recognised by its truth.json and its top-level layout). It never
 * deletes anything else, so a mistyped --out cannot wipe a user's files.
 */
final class OutputFolder {
    static final Set<String> LAYOUT = Set.of("mail", "support", "finance", "legal", "meetings", "archive",
            "presentations", "broken", SampleTruth.FILE_NAME);

    private OutputFolder() {
    }

    static void prepare(Path outDir) {
        try {
            if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
                throw new IllegalArgumentException("Cannot generate the sample corpus into " + outDir
                        + ": it is a file; choose a new or empty folder");
            }
            Files.createDirectories(outDir);
            List<Path> entries;
            try (Stream<Path> list = Files.list(outDir)) {
                entries = list.sorted().toList();
            }
            if (entries.isEmpty()) {
                return;
            }
            if (!holdsEarlierCorpus(outDir, entries)) {
                throw new IllegalArgumentException("Cannot generate the sample corpus into " + outDir
                        + ": the folder is not empty and holds no " + SampleTruth.FILE_NAME + " from "
                        + SampleTruth.GENERATOR + "; choose a new or empty folder");
            }
            for (Path entry : entries) {
                deleteTree(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare output folder " + outDir + ": " + e.getMessage(), e);
        }
    }

    private static boolean holdsEarlierCorpus(Path outDir, List<Path> entries) {
        Path truth = outDir.resolve(SampleTruth.FILE_NAME);
        if (!Files.isRegularFile(truth)
                || !entries.stream().allMatch(e -> LAYOUT.contains(e.getFileName().toString()))) {
            return false;
        }
        try {
            return SampleTruth.GENERATOR.equals(SampleTruth.read(truth).generator());
        } catch (UncheckedIOException e) {
            return false; // an unreadable truth.json is someone else's file: refuse, do not delete
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
