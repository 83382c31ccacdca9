package io.darkroom.analytics.enrich;

import io.darkroom.core.warehouse.DocumentsTable;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Row;
import scala.Tuple2;

import java.util.Iterator;
import java.util.PriorityQueue;

/**
 * Deals one input partition's documents to {@code buckets} annotation tasks, each next document to the bucket
 * with the fewest characters so far, so tasks finish together when documents differ in length (a round-robin
 * deal balances only their number). Each input partition starts at a different bucket, so many small input
 * partitions still spread. A document weighs its characters plus one, so empty ones spread too. Streams: holds
 * one load per bucket, never the texts.
 */
final class TextBalancedBuckets implements Function2<Integer, Iterator<Row>, Iterator<Tuple2<Integer, Row>>> {
    private static final long serialVersionUID = 1L;

    private final int buckets;

    TextBalancedBuckets(int buckets) {
        if (buckets < 1) {
            throw new IllegalArgumentException("Cannot deal documents to " + buckets + " buckets: use at least 1");
        }
        this.buckets = buckets;
    }

    @Override
    public Iterator<Tuple2<Integer, Row>> call(Integer inputPartition, Iterator<Row> documents) {
        int first = Math.floorMod(inputPartition, buckets);
        // {chars, order}: the lightest bucket first; among equals, the one after this partition's first bucket.
        PriorityQueue<long[]> loads = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        for (int i = 0; i < buckets; i++) {
            loads.add(new long[]{0, i});
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return documents.hasNext();
            }

            @Override
            public Tuple2<Integer, Row> next() {
                Row d = documents.next();
                String text = d.getAs(DocumentsTable.TEXT);
                long[] lightest = loads.poll();
                lightest[0] += 1 + (text == null ? 0 : text.length());
                loads.add(lightest);
                return new Tuple2<>((int) ((first + lightest[1]) % buckets), d);
            }
        };
    }
}
