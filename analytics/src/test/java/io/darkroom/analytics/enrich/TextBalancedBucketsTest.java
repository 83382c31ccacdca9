package io.darkroom.analytics.enrich;

import io.darkroom.core.warehouse.DocumentsTable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextBalancedBucketsTest {
    private static final StructType SCHEMA = new StructType().add(DocumentsTable.DOC_ID, DataTypes.StringType)
            .add(DocumentsTable.TEXT, DataTypes.StringType);

    @Test
    void balancesCharactersWhereRoundRobinBalancesOnlyCounts() {
        // Every fourth document is ten times longer: a round-robin deal to 4 buckets puts all long ones in one bucket.
        List<Row> docs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            docs.add(doc("d" + i, "x".repeat(i % 4 == 0 ? 1_000 : 100)));
        }
        Map<Integer, Long> chars = charsByBucket(new TextBalancedBuckets(4), 0, docs);
        assertThat(chars).containsOnlyKeys(0, 1, 2, 3);
        long total = chars.values().stream().mapToLong(Long::longValue).sum();
        assertThat(chars.values()).allSatisfy(c -> assertThat(c).isBetween(total / 4 - 1_001, total / 4 + 1_001));
    }

    @Test
    void spreadsManyOneDocumentPartitionsAndEmptyTexts() {
        TextBalancedBuckets buckets = new TextBalancedBuckets(3);
        List<Integer> dealt = new ArrayList<>();
        for (int partition = 0; partition < 6; partition++) {
            charsByBucket(buckets, partition, List.of(doc("p" + partition, "same length"))).keySet().forEach(dealt::add);
        }
        assertThat(dealt).containsExactly(0, 1, 2, 0, 1, 2);
        assertThat(charsByBucket(buckets, 0, List.of(doc("a", null), doc("b", null), doc("c", "")))).containsOnlyKeys(0, 1, 2);
    }

    @Test
    void keepsEveryDocumentOnce() {
        List<Row> docs = List.of(doc("a", "one"), doc("b", "two words"), doc("c", null));
        List<String> ids = new ArrayList<>();
        new TextBalancedBuckets(2).call(5, docs.iterator()).forEachRemaining(t -> ids.add(t._2().getAs(DocumentsTable.DOC_ID)));
        assertThat(ids).containsExactly("a", "b", "c");
    }

    @Test
    void rejectsNoBuckets() {
        assertThatThrownBy(() -> new TextBalancedBuckets(0)).hasMessage("Cannot deal documents to 0 buckets: use at least 1");
    }

    private static Map<Integer, Long> charsByBucket(TextBalancedBuckets buckets, int partition, List<Row> docs) {
        Map<Integer, Long> chars = new TreeMap<>();
        Iterator<Tuple2<Integer, Row>> dealt = buckets.call(partition, docs.iterator());
        dealt.forEachRemaining(t -> {
            String text = t._2().getAs(DocumentsTable.TEXT);
            chars.merge(t._1(), text == null ? 0L : text.length(), Long::sum);
        });
        return chars;
    }

    private static Row doc(String id, String text) {
        return new GenericRowWithSchema(new Object[]{id, text}, SCHEMA);
    }
}
