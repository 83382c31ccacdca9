package io.darkroom.ingest.job;

import io.darkroom.ingest.discovery.SourceFile;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ByteBalancedPartitionerTest {
    @Test
    void oneHugeFileGetsABinOfItsOwnAndTheRestSpreadByBytes() {
        List<SourceFile> files = new ArrayList<>();
        files.add(file("huge.pdf", 1_000));
        for (int i = 0; i < 10; i++) {
            files.add(file("small-" + i + ".txt", 100));
        }

        List<List<SourceFile>> bins = new ByteBalancedPartitioner(2).pack(files);

        assertThat(bins).hasSize(2);
        assertThat(bins.get(0)).extracting(SourceFile::path).containsExactly("huge.pdf");
        assertThat(bins.get(1)).hasSize(10);
    }

    @Test
    void everyFileLandsInExactlyOneBinAndBinsAreNeverEmpty() {
        List<SourceFile> files = List.of(file("a", 5), file("b", 0), file("c", 7));

        List<List<SourceFile>> bins = new ByteBalancedPartitioner(8).pack(files);

        assertThat(bins).hasSize(3).allSatisfy(bin -> assertThat(bin).hasSize(1));
        assertThat(bins.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(files);
        assertThat(new ByteBalancedPartitioner(4).pack(List.of())).isEmpty();
    }

    @Test
    void binsStayWithinTheLargestFileOfEachOther() {
        List<SourceFile> files = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            files.add(file("f" + i, i * 37L % 101));
        }

        List<Long> totals = new ByteBalancedPartitioner(4).pack(files).stream()
                .map(bin -> bin.stream().mapToLong(f -> Math.max(1, f.sizeBytes())).sum()).toList();

        assertThat(totals.stream().mapToLong(Long::longValue).max().getAsLong()
                - totals.stream().mapToLong(Long::longValue).min().getAsLong()).isLessThanOrEqualTo(100);
    }

    @Test
    void zeroBinsIsRefused() {
        assertThatThrownBy(() -> new ByteBalancedPartitioner(0)).hasMessage("Cannot pack files into 0 bins: need at least 1");
    }

    private static SourceFile file(String path, long size) {
        return new SourceFile(path, size, Instant.EPOCH);
    }
}
