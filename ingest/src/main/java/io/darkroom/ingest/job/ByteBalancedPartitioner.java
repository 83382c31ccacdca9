package io.darkroom.ingest.job;

import io.darkroom.ingest.discovery.SourceFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Packs files into bins of similar total bytes (greedy: largest file first, into the lightest bin),
 * because parse time follows bytes far more than file count: one 200 MB PDF among small files must
 * not serialize a partition that also got its share of the small ones.
 */
public final class ByteBalancedPartitioner {
    private final int bins;

    /** @param bins the number of partitions to fill; the job uses twice Spark's default parallelism */
    public ByteBalancedPartitioner(int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("Cannot pack files into " + bins + " bins: need at least 1");
        }
        this.bins = bins;
    }

    /** Non-empty bins only (fewer files than bins gives one bin per file); each bin sorted by path. */
    public List<List<SourceFile>> pack(List<SourceFile> files) {
        List<SourceFile> bySizeDesc = new ArrayList<>(files);
        bySizeDesc.sort(Comparator.comparingLong(SourceFile::sizeBytes).reversed().thenComparing(SourceFile::path));
        PriorityQueue<Bin> lightest = new PriorityQueue<>(Comparator.comparingLong((Bin b) -> b.bytes).thenComparingInt(b -> b.index));
        for (int i = 0; i < Math.min(bins, files.size()); i++) {
            lightest.add(new Bin(i));
        }
        for (SourceFile file : bySizeDesc) {
            Bin bin = lightest.poll();
            bin.files.add(file);
            // Count an empty file as one byte so that many empty files still spread out.
            bin.bytes += Math.max(1, file.sizeBytes());
            lightest.add(bin);
        }
        List<Bin> ordered = new ArrayList<>(lightest);
        ordered.sort(Comparator.comparingInt(b -> b.index));
        List<List<SourceFile>> out = new ArrayList<>();
        for (Bin bin : ordered) {
            bin.files.sort(Comparator.comparing(SourceFile::path));
            out.add(List.copyOf(bin.files));
        }
        return List.copyOf(out);
    }

    private static final class Bin {
        final int index;
        final List<SourceFile> files = new ArrayList<>();
        long bytes;

        Bin(int index) {
            this.index = index;
        }
    }
}
