package io.darkroom.analytics.features.duplicates;

import io.darkroom.analytics.features.SampleDocuments;
import io.darkroom.core.spark.SharedSpark;
import io.darkroom.sample.SampleTruth;
import io.darkroom.sample.texts.SampleText;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class NearDuplicateGrouperSparkTest {
    private static final String MAIL = """
            Dear Paul Hartmann,
            Thank you for the quick confirmation. Please send the shipping documents to our warehouse.
            Many thanks,
            Katrin Vermeer
            Purchasing Manager, Copperfield Electric Inc.""";
    private static final String INVOICE = """
            INVOICE %s  Date: %s  Customer: %s
            Item  Quantity  Unit price  Amount
            KX-200 Pressure Pump  %d  EUR 1,250.00  EUR %s
            Total due within 30 days: EUR %s. Please quote the invoice number with your payment.""";

    @Test
    void aShortMailAndItsCopyWithAnAddedSentenceAreNearDuplicates() {
        Dataset<Row> docs = documents(Map.of(
                "a", MAIL,
                "b", MAIL.replace("warehouse.", "warehouse. I have also copied this message to our shared drive.")));
        // 3-shingles: 24 in the mail, 34 in the copy, 22 shared: Jaccard distance 1 − 22/36 = 0.389, containment 22/24.
        List<Row> pairs = new NearDuplicateGrouper(NearDuplicateOptions.defaults()).pairs(docs).collectAsList();
        assertThat(pairs).hasSize(1);
        assertThat(pairs.get(0).getDouble(2)).isCloseTo(1 - 22 / 36.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(pairs.get(0).getDouble(3)).isCloseTo(22 / 24.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void twoInvoicesFromOneTemplateWithDifferentFiguresAreNotNearDuplicates() {
        Dataset<Row> docs = documents(Map.of(
                "a", INVOICE.formatted("INV-2024-00017", "3 May 2024", "Tidewater Ports N.V.", 12, "15,000.00", "15,000.00"),
                "b", INVOICE.formatted("INV-2024-00018", "4 May 2024", "Tidewater Ports N.V.", 14, "17,500.00", "17,500.00"),
                "c", INVOICE.formatted("INV-2024-00017", "3 May 2024", "Tidewater Ports N.V.", 12, "15,000.00", "15,000.00")
                        + " Reminder sent."));
        // a and b share most words but only 4 of their 8 distinct numbers; c is a with a line added.
        List<Row> pairs = new NearDuplicateGrouper(NearDuplicateOptions.defaults()).pairs(docs)
                .select("doc_id_a", "doc_id_b").collectAsList();
        assertThat(pairs).containsExactly(RowFactory.create("a", "c"));
    }

    @Test
    void aContainerIsNotANearDuplicateOfTheMessageItHolds() {
        String other = "Could you confirm the delivery date for order PO-74070 (59 x KX-200 Pressure Pump)? Our "
                + "warehouse in Ghent needs to plan the unloading slot.";
        String third = "A drop of up to 10% is within specification. Please clean the filter and check the seals.";
        Dataset<Row> docs = documents(Map.of("mbox", MAIL + "\n" + other + "\n" + third, "message", MAIL));
        assertThat(new NearDuplicateGrouper(NearDuplicateOptions.defaults()).pairs(docs).count()).isZero();
    }

    @Test
    void everyPlantedNearDuplicatePairSharesAGroupAndNoTemplateDocumentsAreGrouped() {
        SampleDocuments sample = SampleDocuments.of(600);
        Map<String, SampleText> byId = sample.texts().stream()
                .collect(Collectors.toMap(SampleText::docId, Function.identity()));
        Map<String, String> idOfPath = sample.texts().stream().filter(t -> t.embeddedPath().isEmpty())
                .collect(Collectors.toMap(SampleText::path, SampleText::docId));
        Map<String, String> groupOf = new HashMap<>();
        for (Row r : new NearDuplicateGrouper(NearDuplicateOptions.defaults()).groups(sample.documents()).collectAsList()) {
            groupOf.put(r.getString(0), r.getString(1));
        }
        List<SampleTruth.NearDuplicate> planted = sample.truth().patterns().nearDuplicates();
        long found = planted.stream().filter(p -> {
            String a = groupOf.get(idOfPath.get(p.paths().get(0)));
            return a != null && a.equals(groupOf.get(idOfPath.get(p.paths().get(1))));
        }).count();
        Set<String> plantedIds = planted.stream().flatMap(p -> p.paths().stream()).map(idOfPath::get)
                .collect(Collectors.toSet());
        Map<String, List<String>> members = new TreeMap<>(groupOf.keySet().stream()
                .collect(Collectors.groupingBy(groupOf::get)));
        Map<Integer, Long> sizes = new TreeMap<>(members.values().stream()
                .collect(Collectors.groupingBy(List::size, Collectors.counting())));
        System.out.printf("[near-dup] planted pairs grouped: %d of %d; %d documents in %d groups, sizes %s; "
                + "documents grouped that are in no planted pair: %d%n", found, planted.size(), groupOf.size(),
                members.size(), sizes, groupOf.keySet().stream().filter(id -> !plantedIds.contains(id)).count());
        members.values().forEach(m -> System.out.println("[near-dup] group " + m.stream()
                .map(id -> byId.get(id).path() + byId.get(id).embeddedPath()).sorted().toList()));

        assertThat(found).isEqualTo(planted.size());
        assertThat(groupOf.values()).allSatisfy(g -> assertThat(groupOf.get(g)).isEqualTo(g));
        // Copies and drafts come in pairs; a bigger group would mean chaining through shared boilerplate.
        assertThat(members.values()).allSatisfy(m -> assertThat(m).hasSizeLessThanOrEqualTo(3));
        // Invoices, contracts and tickets are written from templates with their own figures: never copies.
        assertThat(groupOf.keySet()).noneMatch(id -> Set.of("invoice", "contract", "ticket").contains(byId.get(id).type()));
    }

    @Test
    void unionFindMapsEveryMemberToTheSmallest() {
        UnionFind uf = new UnionFind();
        uf.union("c", "b");
        uf.union("d", "c");
        uf.union("x", "y");
        assertThat(uf.smallestMemberOf()).containsExactlyInAnyOrderEntriesOf(
                Map.of("b", "b", "c", "b", "d", "b", "x", "x", "y", "x"));
    }

    private static Dataset<Row> documents(Map<String, String> textOf) {
        List<Row> rows = new TreeMap<>(textOf).entrySet().stream()
                .map(e -> RowFactory.create(e.getKey(), e.getValue())).toList();
        return SharedSpark.session().createDataFrame(rows, new StructType()
                .add("doc_id", DataTypes.StringType).add("text", DataTypes.StringType));
    }
}
