package io.darkroom.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SampleCorpusDeterminismTest {
    @TempDir
    Path first;
    @TempDir
    Path second;
    @TempDir
    Path other;

    @Test
    void sameSeedAndSizeWriteIdenticalBytesMtimesAndTruth() throws Exception {
        SampleTruth a = SampleCorpus.generate(first, 200, 42);
        SampleTruth b = SampleCorpus.generate(second, 200, 42);

        assertThat(b).isEqualTo(a);
        Map<String, String> fingerprints = fingerprints(first);
        assertThat(fingerprints).hasSize(a.files().total() + 1); // + truth.json
        assertThat(fingerprints(second)).isEqualTo(fingerprints);
    }

    @Test
    void differentSeedWritesADifferentCorpus() throws Exception {
        SampleTruth a = SampleCorpus.generate(first, 200, 42);
        SampleTruth c = SampleCorpus.generate(other, 200, 7);

        assertThat(c).isNotEqualTo(a);
        Map<String, String> left = fingerprints(first);
        Map<String, String> right = fingerprints(other);
        long same = left.entrySet().stream().filter(e -> e.getValue().equals(right.get(e.getKey()))).count();
        assertThat(same).as("files identical across seeds").isLessThan(left.size() / 4);
    }

    /** Relative path -> SHA-256 of the bytes plus the mtime in milliseconds. */
    static Map<String, String> fingerprints(Path root) throws IOException {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                result.put(root.relativize(file).toString().replace('\\', '/'),
                        sha256(Files.readAllBytes(file)) + "@" + Files.getLastModifiedTime(file).toMillis());
            }
        }
        return result;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
