package io.darkroom.analytics.diagnose;

import io.darkroom.analytics.diagnose.ChangeDiagnosis.Status;
import io.darkroom.analytics.diagnose.DecompositionTree.StopReason;
import io.darkroom.analytics.insight.MeasureFold;
import io.darkroom.analytics.insight.Segment;
import io.darkroom.core.DarkroomException;
import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.Measure;
import io.darkroom.core.spark.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Synthetic documents with planted causes; every expected number is worked out next to its input. */
class ChangeDiagnoserSparkTest {
    private static final StructType SCHEMA = new StructType()
            .add("month", DataTypes.StringType).add("product", DataTypes.StringType)
            .add("region", DataTypes.StringType).add("channel", DataTypes.StringType)
            .add("customer", DataTypes.StringType).add("doc_type", DataTypes.StringType)
            .add("sentiment", DataTypes.DoubleType).add("id", DataTypes.StringType);
    private static final MeasureFold DOCUMENTS = fold(Aggregation.COUNT, null, null, "documents");
    private static final MeasureFold AVERAGE_SENTIMENT = fold(Aggregation.AVERAGE, "sentiment", null, "average sentiment");
    private static final DiagnosisOptions DEFAULTS = DiagnosisOptions.defaults();

    private static MeasureFold fold(Aggregation aggregation, String column, String value, String label) {
        return new MeasureFold(new Measure(label.replace(' ', '_'), label, "facts", aggregation, column, value, null, List.of()));
    }

    private static final class Docs {
        private final List<Row> rows = new ArrayList<>();

        Docs add(int times, String month, String product, String region, String channel, String customer,
                 String docType, double sentiment) {
            for (int i = 0; i < times; i++) {
                rows.add(RowFactory.create(month, product, region, channel, customer, docType, sentiment,
                        "doc-" + rows.size()));
            }
            return this;
        }

        Dataset<Row> frame() {
            return SharedSpark.session().createDataFrame(rows, SCHEMA);
        }
    }

    /**
     * January and February: 2 documents for every product (W, X, Y, Z) × region (East, North, West) ×
     * channel (mail, web), 48 a month; February adds 13 for product X in East, 7 by web and 6 by mail.
     */
    private static Dataset<Row> spikeOfThirteenInProductXEast() {
        Docs docs = new Docs();
        for (String month : List.of("2024-01", "2024-02")) {
            for (String product : List.of("W", "X", "Y", "Z")) {
                for (String region : List.of("East", "North", "West")) {
                    for (String channel : List.of("mail", "web")) {
                        docs.add(2, month, product, region, channel, "c", "invoice", 0);
                    }
                }
            }
        }
        return docs.add(7, "2024-02", "X", "East", "web", "c", "invoice", 0)
                .add(6, "2024-02", "X", "East", "mail", "c", "invoice", 0).frame();
    }

    @Test
    void aSpikeInOneProductAndRegionIsAttributedToProductAndTheTreeDrillsToXThenEast() {
        ChangeDiagnosis d = ChangeDiagnoser.diagnose(spikeOfThirteenInProductXEast(), DOCUMENTS,
                col("month").equalTo("2024-02"), col("month").equalTo("2024-01"), 1.0,
                List.of("channel", "region", "id", "product"), DEFAULTS);

        assertThat(d.status()).isEqualTo(Status.DIAGNOSED);
        assertThat(d.baseline()).isEqualTo(48);
        assertThat(d.current()).isEqualTo(61);
        assertThat(d.delta()).isEqualTo(13);
        assertThat(d.relativeChange()).isCloseTo(13.0 / 48, within(1e-12));
        // product: X is 1/4 of January, so 13 - 13/4 is excess, and as much again in W, Y, Z: 19.5/26.
        // region: East is 1/3: (13 - 13/3)·2/26. channel: web +7 and mail +6 against 6.5 each: 1/26.
        // id: one row per document, below min-rows, all pooled into one part that grew as a whole: 0.
        assertThat(d.dimensions()).extracting(DimensionBreakdown::dimension).containsExactly("product", "region", "channel", "id");
        DimensionBreakdown ids = d.dimensions().get(3);
        assertThat(ids.score()).isZero();
        assertThat(ids.segments()).isEmpty();
        assertThat(ids.restValues()).isEqualTo(109);
        assertThat(ids.rest().contribution()).isEqualTo(13);
        assertThat(d.dimensions().get(0).score()).isCloseTo(0.75, within(1e-12));
        assertThat(d.dimensions().get(1).score()).isCloseTo(2 * (13 - 13.0 / 3) / 26, within(1e-12));
        assertThat(d.dimensions().get(2).score()).isCloseTo(1.0 / 26, within(1e-12));
        SegmentChange x = d.dimensions().get(0).segments().get(0);
        assertThat(x.segment()).isEqualTo(Segment.of("product", "X"));
        assertThat(x.change().baseline()).isEqualTo(12);
        assertThat(x.change().current()).isEqualTo(25);
        assertThat(x.change().share()).isEqualTo(1.0);

        List<DecompositionTree.Step> steps = d.tree().steps();
        assertThat(steps).extracting(s -> s.node().segment()).containsExactly(
                Segment.of("product", "X"),
                Segment.of("product", "X").and("region", "East"),
                Segment.of("product", "X").and("region", "East").and("channel", "web"));
        assertThat(steps).extracting(s -> s.node().change().contribution()).containsExactly(13.0, 13.0, 7.0);
        // Inside X: East holds 4 of X's 12 January documents and all 13 new ones; inside X·East web has 7 of 13.
        assertThat(steps.get(1).node().change().baseline()).isEqualTo(4);
        assertThat(steps.get(1).node().change().current()).isEqualTo(17);
        assertThat(steps.get(2).node().change().share()).isCloseTo(7.0 / 13, within(1e-12));
        assertThat(d.tree().stopped()).isEqualTo(StopReason.MAX_DEPTH);
    }

    @Test
    void oneCustomerStoppingIsRankedFirstAgainstTheAverageOfSixMonths() {
        // Ten customers send 3 documents a month for six months; in July Acme sends none, Bolt 4 and
        // Crane 2. Regions follow customers (Acme in East with 3 others); products rotate per document.
        List<String> customers = List.of("Acme", "Bolt", "Crane", "Delta", "Echo", "Fox", "Gale", "Hale", "Ivy", "Jet");
        Docs docs = new Docs();
        for (int month = 1; month <= 7; month++) {
            for (int c = 0; c < customers.size(); c++) {
                String customer = customers.get(c);
                int sent = month < 7 ? 3 : switch (customer) {
                    case "Acme" -> 0;
                    case "Bolt" -> 4;
                    case "Crane" -> 2;
                    default -> 3;
                };
                for (int k = 0; k < sent; k++) {
                    docs.add(1, "2024-0" + month, List.of("W", "X", "Y").get((c + k) % 3),
                            List.of("East", "West", "North").get(c % 3), "web", customer, "order", 0);
                }
            }
        }
        ChangeDiagnosis d = ChangeDiagnoser.diagnose(docs.frame(), DOCUMENTS, col("month").equalTo("2024-07"),
                col("month").between("2024-01", "2024-06"), 1.0 / 6, List.of("region", "product", "customer"), DEFAULTS);

        // Baseline 180 documents / 6 = 30 a month; July 27.
        assertThat(d.baseline()).isCloseTo(30, within(1e-9));
        assertThat(d.current()).isEqualTo(27);
        assertThat(d.baselineRows()).isEqualTo(180);
        // customer: Acme -3 against a fair -0.3, Bolt +1 and Crane -1 against -0.3, seven others 0 against -0.3:
        // (2.7 + 1.3 + 0.7 + 7·0.3) / 6. region: East (Acme, Delta, Gale, Jet) -3 against a fair -1.2,
        // West (Bolt, Echo, Hale) +1 against -0.9, North (Crane, Fox, Ivy) -1 against -0.9: (1.8 + 1.9 + 0.1) / 6.
        assertThat(d.dimensions()).extracting(DimensionBreakdown::dimension).startsWith("customer", "region");
        assertThat(d.dimensions().get(0).score()).isCloseTo(6.8 / 6, within(1e-9));
        assertThat(d.dimensions().get(1).score()).isCloseTo(3.8 / 6, within(1e-9));
        SegmentChange acme = d.tree().steps().get(0).node();
        assertThat(acme.segment()).isEqualTo(Segment.of("customer", "Acme"));
        assertThat(acme.change().baseline()).isCloseTo(3, within(1e-9));
        assertThat(acme.change().current()).isZero();
        assertThat(acme.change().share()).isCloseTo(1.0, within(1e-9));
        // Acme vanished: every part of it fell by 100%, nothing further to split.
        assertThat(d.tree().steps()).hasSize(1);
        assertThat(d.tree().stopped()).isEqualTo(StopReason.APPEARED_OR_VANISHED);
    }

    /**
     * Tickets of three types, half in each region. Complaints average -0.6 (values -0.5 and -0.7),
     * inquiries 0.0, praise 0.5. Baseline mix 20/50/30 of 100 tickets.
     */
    private static Docs tickets(Docs docs, String month, int complaints, double complaintLow, double complaintHigh,
                                int inquiries, int praise) {
        for (String region : List.of("East", "West")) {
            docs.add(complaints / 4, month, "p", region, "web", "c", "complaint", complaintLow)
                    .add(complaints / 4, month, "p", region, "web", "c", "complaint", complaintHigh)
                    .add(inquiries / 2, month, "p", region, "web", "c", "inquiry", 0.0)
                    .add(praise / 2, month, "p", region, "web", "c", "praise", 0.5);
        }
        return docs;
    }

    @Test
    void moreComplaintsAtUnchangedRatesLowerTheAverageSentimentThroughMixAlone() {
        Docs docs = tickets(new Docs(), "2024-01", 20, -0.5, -0.7, 50, 30);
        Dataset<Row> rows = tickets(docs, "2024-02", 48, -0.5, -0.7, 32, 20).frame();
        ChangeDiagnosis d = ChangeDiagnoser.diagnose(rows, AVERAGE_SENTIMENT, col("month").equalTo("2024-02"),
                col("month").equalTo("2024-01"), 1.0, List.of("region", "doc_type"), DEFAULTS);

        // R0 = (-12 + 0 + 15) / 100 = 0.03; R1 = (-28.8 + 0 + 10) / 100 = -0.188
        assertThat(d.baseline()).isCloseTo(0.03, within(1e-12));
        assertThat(d.current()).isCloseTo(-0.188, within(1e-12));
        DimensionBreakdown type = d.dimensions().get(0);
        assertThat(type.dimension()).isEqualTo("doc_type");
        assertThat(type.score()).isCloseTo(1.0, within(1e-9));
        assertThat(d.dimensions().get(1).score()).isCloseTo(0, within(1e-9));
        List<Change.Ratio> parts = ratios(type);
        assertThat(parts.stream().mapToDouble(Change.Ratio::mixEffect).sum()).isCloseTo(d.delta(), within(1e-12));
        assertThat(parts.stream().mapToDouble(Change.Ratio::rateEffect).sum()).isCloseTo(0, within(1e-12));
        // complaint: w 0.2 -> 0.48 at -0.6 against the centre (0.03 - 0.188)/2 = -0.079
        Change.Ratio complaint = (Change.Ratio) type.segments().get(0).change();
        assertThat(type.segments().get(0).segment().conditions().get(0).value()).isEqualTo("complaint");
        assertThat(complaint.mixEffect()).isCloseTo(0.28 * (-0.6 + 0.079), within(1e-12));
        // The complaints' own average did not move: nothing to drill into.
        assertThat(d.tree().steps()).hasSize(1);
        assertThat(d.tree().stopped()).isEqualTo(StopReason.NO_CHANGE);
    }

    @Test
    void harsherComplaintsAtAnUnchangedMixLowerTheAverageSentimentThroughRateAlone() {
        Docs docs = tickets(new Docs(), "2024-01", 20, -0.5, -0.7, 50, 30);
        Dataset<Row> rows = tickets(docs, "2024-02", 20, -0.8, -1.0, 50, 30).frame();
        ChangeDiagnosis d = ChangeDiagnoser.diagnose(rows, AVERAGE_SENTIMENT, col("month").equalTo("2024-02"),
                col("month").equalTo("2024-01"), 1.0, List.of("region", "doc_type"), DEFAULTS);

        // complaints -0.6 -> -0.9 at weight 0.2: -0.06
        assertThat(d.delta()).isCloseTo(-0.06, within(1e-12));
        DimensionBreakdown type = d.dimensions().get(0);
        assertThat(type.dimension()).isEqualTo("doc_type");
        List<Change.Ratio> parts = ratios(type);
        assertThat(parts.stream().mapToDouble(Change.Ratio::rateEffect).sum()).isCloseTo(-0.06, within(1e-12));
        assertThat(parts.stream().mapToDouble(Change.Ratio::mixEffect).sum()).isCloseTo(0, within(1e-12));
        assertThat(type.segments().get(0).segment()).isEqualTo(Segment.of("doc_type", "complaint"));
        assertThat(type.segments().get(0).change().share()).isCloseTo(1.0, within(1e-12));
        // Inside complaints: both regions' complaints worsened alike.
        assertThat(d.tree().stopped()).isEqualTo(StopReason.SPREAD_IN_PROPORTION);
    }

    private static List<Change.Ratio> ratios(DimensionBreakdown b) {
        List<Change.Ratio> all = new ArrayList<>(b.segments().stream().map(s -> (Change.Ratio) s.change()).toList());
        all.add((Change.Ratio) b.rest());
        return all;
    }

    @Test
    void contributionsOfListedSegmentsAndTheRestAddUpToTheChangeWhenValuesArePooled() {
        Docs docs = tickets(new Docs(), "2024-01", 20, -0.5, -0.7, 50, 30);
        Dataset<Row> rows = tickets(docs, "2024-02", 48, -0.6, -0.9, 32, 22).frame();
        // "id" has one value per ticket (100 + 102): only 8 are kept apart and 5 listed. No tree needed here.
        DiagnosisOptions narrow = new DiagnosisOptions(1, 0.2, 5, 8, 0);
        MeasureFold complaintShare = fold(Aggregation.SHARE, "doc_type", "complaint", "share of complaints");
        for (MeasureFold measure : List.of(AVERAGE_SENTIMENT, DOCUMENTS, complaintShare)) {
            ChangeDiagnosis d = ChangeDiagnoser.diagnose(rows, measure, col("month").equalTo("2024-02"),
                    col("month").equalTo("2024-01"), 1.0, List.of("id", "doc_type"), narrow);

            DimensionBreakdown ids = d.dimensions().stream().filter(b -> b.dimension().equals("id")).findFirst().orElseThrow();
            assertThat(ids.values()).isEqualTo(202);
            assertThat(ids.segments()).hasSize(5);
            assertThat(ids.restValues()).isEqualTo(197);
            for (DimensionBreakdown b : d.dimensions()) {
                double sum = b.rest().contribution() + b.segments().stream().mapToDouble(s -> s.change().contribution()).sum();
                assertThat(sum).as(measure.measure().label() + " by " + b.dimension()).isCloseTo(d.delta(), within(1e-9));
                // Ranked in Spark by the same formula the driver reports.
                assertThat(b.segments()).extracting(s -> Math.abs(s.change().contribution()))
                        .isSortedAccordingTo((a, c) -> Double.compare(c, a));
            }
        }
    }

    @Test
    void twoSegmentsOfTheSameMonthCompareLikeTwoPeriods() {
        // February: East has 16 + 13 documents, West 16; the difference is all product X.
        ChangeDiagnosis d = ChangeDiagnoser.diagnose(spikeOfThirteenInProductXEast().where(col("month").equalTo("2024-02")),
                DOCUMENTS, col("region").equalTo("East"), col("region").equalTo("West"), 1.0,
                List.of("channel", "product"), DEFAULTS);

        assertThat(d.current()).isEqualTo(29);
        assertThat(d.baseline()).isEqualTo(16);
        assertThat(d.dimensions().get(0).dimension()).isEqualTo("product");
        assertThat(d.tree().steps().get(0).node().segment()).isEqualTo(Segment.of("product", "X"));
        assertThat(d.tree().steps().get(0).node().change().contribution()).isEqualTo(13);
    }

    @Test
    void overlappingSegmentsCountTheSharedRowsOnBothSides() {
        // Product X (12 + 13 in February) against East (16 + 13): X·East's 17 documents are in both.
        ChangeDiagnosis d = ChangeDiagnoser.diagnose(spikeOfThirteenInProductXEast().where(col("month").equalTo("2024-02")),
                DOCUMENTS, col("product").equalTo("X"), col("region").equalTo("East"), 1.0,
                List.of("channel"), DEFAULTS);

        assertThat(d.currentRows()).isEqualTo(25);
        assertThat(d.baselineRows()).isEqualTo(29);
        assertThat(d.delta()).isEqualTo(-4);
    }

    @Test
    void anEmptyBaselineIsAResultThatSaysSoNotAnError() {
        ChangeDiagnosis d = ChangeDiagnoser.diagnose(spikeOfThirteenInProductXEast(), AVERAGE_SENTIMENT,
                col("month").equalTo("2024-02"), col("month").equalTo("2023-12"), 1.0, List.of("product"), DEFAULTS);

        assertThat(d.status()).isEqualTo(Status.NO_BASELINE);
        assertThat(d.baseline()).isNaN();
        assertThat(d.current()).isEqualTo(0);
        assertThat(d.dimensions()).isEmpty();
        assertThat(d.tree().stopped()).isEqualTo(StopReason.NOT_DIAGNOSED);
        assertThat(d.message()).isEqualTo("Cannot explain the change of 'average sentiment': the baseline has no rows"
                + " with a value (0 rows); pick a baseline period or segment that has data");
    }

    @Test
    void anUnchangedCountIsAResultThatSaysSo() {
        ChangeDiagnosis d = ChangeDiagnoser.diagnose(spikeOfThirteenInProductXEast(), DOCUMENTS,
                col("month").equalTo("2024-01"), col("month").equalTo("2024-01"), 1.0, List.of("product"), DEFAULTS);

        assertThat(d.status()).isEqualTo(Status.NO_CHANGE);
        assertThat(d.message()).isEqualTo("'documents' did not change (48.0 in both); there is nothing to explain");
    }

    @Test
    void aDistinctCountCannotBeSplitAndSaysWhatToAskInstead() {
        MeasureFold customers = fold(Aggregation.DISTINCT_COUNT, "customer", null, "distinct customers");

        assertThatThrownBy(() -> ChangeDiagnoser.diagnose(spikeOfThirteenInProductXEast(), customers, lit(true), lit(true),
                1.0, List.of("product"), DEFAULTS))
                .isInstanceOf(DarkroomException.class)
                .hasMessage("Cannot split 'distinct customers' into segments: a distinct count does not add up over parts;"
                        + " ask for a total, an average or a share instead");
    }

    @Test
    void anUnknownDimensionIsNamedInTheError() {
        assertThatThrownBy(() -> ChangeDiagnoser.diagnose(spikeOfThirteenInProductXEast(), DOCUMENTS, lit(true), lit(true),
                1.0, List.of("prodcut"), DEFAULTS))
                .isInstanceOf(DarkroomException.class)
                .hasMessageStartingWith("Cannot diagnose 'documents': the rows have no column 'prodcut'; use one of [month, product,");
    }
}
