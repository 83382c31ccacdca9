package io.darkroom.analytics.explain;

import io.darkroom.analytics.insight.Segment;
import io.darkroom.core.DarkroomException;
import io.darkroom.core.spark.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class KeyDriverAnalyzerSparkTest {
    private static final DriverTarget NEGATIVE = new DriverTarget.Outcome("sentiment_label", "negative");
    private static final List<String> DIMENSIONS = List.of("field_region", "topic", "field_product", "doc_id");
    private static final String[] REGIONS = {"North", "South", "East", "West"};
    private static final String[] TOPICS = {"billing", "delivery", "login", "pricing", "returns"};
    private static final String[] PRODUCTS = {"X", "Y", "Z", "W"};

    private static DriverAnalysis northAnalysis;

    @BeforeAll
    static void plantNorth() {
        // 500 rows per region; North 170 negative (34 %), every other region 50 (10 %): 3.4x, and
        // North holds 170 of the 320 negative tickets. Topic and product are drawn independently.
        Random random = new Random(11);
        List<Row> rows = new ArrayList<>();
        for (String region : REGIONS) {
            rows.addAll(cell(random, region, null, 500, region.equals("North") ? 170 : 50));
        }
        northAnalysis = KeyDriverAnalyzer.analyze(frame(rows), NEGATIVE, DIMENSIONS, DriverOptions.defaults());
    }

    @Test
    void aPlantedRegionIsTheStrongestDriverWithItsRatioAndContribution() {
        assertThat(northAnalysis.rows()).isEqualTo(2000);
        assertThat(northAnalysis.outliers()).isEqualTo(320);
        assertThat(northAnalysis.baseValue()).isCloseTo(0.16, within(1e-12));
        KeyDriver first = northAnalysis.drivers().get(0);
        assertThat(first.segment()).isEqualTo(Segment.of("field_region", "North"));
        assertThat(first.rows()).isEqualTo(500);
        assertThat(first.value()).isCloseTo(0.34, within(1e-12));
        assertThat(first.control()).isCloseTo(0.10, within(1e-12));
        assertThat(first.effectRatio()).isCloseTo(3.4, within(1e-12));
        assertThat(first.contribution()).isEqualTo(170.0);
        assertThat(first.relativeContribution()).isCloseTo(170.0 / 320, within(1e-12));
        assertThat(first.pValue()).isLessThan(1e-20);
        // Nothing but North carries signal; anything else reported would have to be a chance finding.
        assertThat(northAnalysis.drivers()).allSatisfy(d -> assertThat(d.segment().toString()).contains("North"));
    }

    @Test
    void theForestRanksThePlantedDimensionFirstAndAgreesWithTheContrast() {
        DimensionImportance top = northAnalysis.dimensions().get(0);
        assertThat(top.dimension()).isEqualTo("field_region");
        assertThat(top.importance()).isGreaterThan(0.5);
        assertThat(top.topValue()).isEqualTo("North");
        assertThat(top.topValueMean()).isCloseTo(0.34, within(1e-12));
        assertThat(top.contrastScore()).isEqualTo(northAnalysis.drivers().get(0).score());
        assertThat(northAnalysis.dimensions()).extracting(DimensionImportance::importance)
                .satisfies(all -> assertThat(all.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9)));
    }

    @Test
    void anIdColumnIsSkippedAsTooManyDistinctValues() {
        assertThat(northAnalysis.skippedDimensions()).containsExactly("doc_id");
        assertThat(northAnalysis.dimensions()).extracting(DimensionImportance::dimension)
                .containsExactlyInAnyOrder("field_region", "topic", "field_product");
    }

    @Test
    void aPlantedPairIsFoundAndItsParentsThatOnlyCarryItArePruned() {
        // 16 product x region cells of 250 rows; X AND East 60 % negative, every other cell 10 %.
        Random random = new Random(12);
        List<Row> rows = new ArrayList<>();
        for (String region : REGIONS) {
            for (String product : PRODUCTS) {
                boolean planted = region.equals("East") && product.equals("X");
                rows.addAll(cell(random, region, product, 250, planted ? 150 : 25));
            }
        }
        DriverAnalysis analysis = KeyDriverAnalyzer.analyze(frame(rows), NEGATIVE, DIMENSIONS, DriverOptions.defaults());
        KeyDriver first = analysis.drivers().get(0);
        assertThat(first.segment()).isEqualTo(Segment.of("field_product", "X").and("field_region", "East"));
        assertThat(first.value()).isCloseTo(0.6, within(1e-12));
        assertThat(first.control()).isCloseTo(375.0 / 3750, within(1e-12));
        assertThat(first.riskRatio()).isCloseTo(6.0, within(1e-12));
        assertThat(first.relativeContribution()).isCloseTo(150.0 / 525, within(1e-12));
        // X alone is 2.25x and East alone too, but only through the pair.
        assertThat(analysis.drivers()).extracting(KeyDriver::segment)
                .doesNotContain(Segment.of("field_product", "X"), Segment.of("field_region", "East"));
    }

    @Test
    void randomDataYieldsNoMoreDriversThanTheSignificanceLevelAllows() {
        int reported = 0;
        int tested = 0;
        for (int seed = 0; seed < 2; seed++) {
            Random random = new Random(100 + seed);
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                rows.add(RowFactory.create("r" + seed + "-" + i, REGIONS[random.nextInt(4)], TOPICS[random.nextInt(5)],
                        PRODUCTS[random.nextInt(4)], random.nextDouble() < 0.15 ? "negative" : "neutral", 100.0));
            }
            DriverAnalysis analysis = KeyDriverAnalyzer.analyze(frame(rows), NEGATIVE, DIMENSIONS,
                    DriverOptions.defaults());
            reported += analysis.drivers().size();
            tested += analysis.segmentsTested();
        }
        assertThat(tested).isGreaterThan(40);
        assertThat((double) reported).isLessThanOrEqualTo(0.05 * tested);
    }

    @Test
    void aHighAmountTargetFindsThePlantedOrganisation() {
        // Amounts around 100 (log-normal, sigma 0.3); Acme's 300 rows of 2000 are three times as large.
        Random random = new Random(13);
        List<Row> rows = new ArrayList<>();
        double acme = 0;
        double others = 0;
        for (int i = 0; i < 2000; i++) {
            boolean planted = i < 300;
            double amount = 100 * Math.exp(0.3 * random.nextGaussian()) * (planted ? 3 : 1);
            if (planted) {
                acme += amount;
            } else {
                others += amount;
            }
            rows.add(RowFactory.create("d" + i, planted ? "Acme" : (random.nextBoolean() ? "Globex" : "Initech"),
                    TOPICS[random.nextInt(5)], PRODUCTS[random.nextInt(4)], "neutral", amount));
        }
        Dataset<Row> frame = frame(rows).withColumnRenamed("field_region", "organization");
        DriverAnalysis analysis = KeyDriverAnalyzer.analyze(frame, new DriverTarget.Continuous("amount", Direction.HIGH),
                List.of("organization", "topic", "field_product"), DriverOptions.defaults());
        assertThat(analysis.baseValue()).isCloseTo((acme + others) / 2000, within(1e-6));
        assertThat(analysis.outliers()).isBetween(190L, 210L);
        KeyDriver first = analysis.drivers().get(0);
        assertThat(first.segment()).isEqualTo(Segment.of("organization", "Acme"));
        assertThat(first.value()).isCloseTo(acme / 300, within(1e-6));
        assertThat(first.control()).isCloseTo(others / 1700, within(1e-6));
        assertThat(first.effectRatio()).isCloseTo((acme / 300) / (others / 1700), within(1e-9));
        assertThat(first.contribution()).isCloseTo(300 * (acme / 300 - (acme + others) / 2000), within(1e-6));
        assertThat(analysis.dimensions().get(0).dimension()).isEqualTo("organization");
    }

    @Test
    void aLowSentimentTargetFindsFrequentBlanksAsTheirOwnSegment() {
        // Sentiment around 0.1 (sd 0.2); the 300 of 1500 rows without a product sit 0.4 lower.
        Random random = new Random(14);
        List<Row> rows = new ArrayList<>();
        double blank = 0;
        double others = 0;
        for (int i = 0; i < 1500; i++) {
            boolean planted = i % 5 == 0;
            double sentiment = 0.1 + 0.2 * random.nextGaussian() - (planted ? 0.4 : 0);
            if (planted) {
                blank += sentiment;
            } else {
                others += sentiment;
            }
            rows.add(RowFactory.create("d" + i, REGIONS[random.nextInt(4)], TOPICS[random.nextInt(5)],
                    planted ? null : PRODUCTS[random.nextInt(4)], "neutral", sentiment));
        }
        Dataset<Row> frame = frame(rows).withColumnRenamed("amount", "sentiment");
        DriverAnalysis analysis = KeyDriverAnalyzer.analyze(frame, new DriverTarget.Continuous("sentiment", Direction.LOW),
                List.of("field_region", "topic", "field_product"), DriverOptions.defaults());
        KeyDriver first = analysis.drivers().get(0);
        assertThat(first.segment()).isEqualTo(Segment.of("field_product", null));
        assertThat(frame.filter(first.segment().filter()).count()).isEqualTo(first.rows()).isEqualTo(300);
        assertThat(first.value()).isCloseTo(blank / 300, within(1e-9));
        assertThat(first.control()).isCloseTo(others / 1200, within(1e-9));
        // A negative mean has no meaningful ratio; the shortfall below the mean counts as contribution.
        assertThat(first.effectRatio()).isNaN();
        assertThat(first.contribution()).isCloseTo(-300 * (blank / 300 - (blank + others) / 1500), within(1e-9));
        assertThat(analysis.threshold()).isLessThan(analysis.baseValue());
    }

    @Test
    void aMissingColumnIsNamedWithTheAvailableOnes() {
        assertThatThrownBy(() -> KeyDriverAnalyzer.analyze(frame(List.of()), NEGATIVE, List.of("region"),
                DriverOptions.defaults()))
                .isInstanceOf(DarkroomException.class)
                .hasMessage("Cannot explain 'sentiment_label = negative': column 'region' not found; available columns:"
                        + " doc_id, field_region, topic, field_product, sentiment_label, amount");
    }

    /** Rows of one region (and product, or a random one) of which exactly {@code negative} are negative. */
    private static List<Row> cell(Random random, String region, String product, int rows, int negative) {
        List<Boolean> labels = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            labels.add(i < negative);
        }
        Collections.shuffle(labels, random);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            out.add(RowFactory.create(region + "-" + product + "-" + i, region, TOPICS[random.nextInt(TOPICS.length)],
                    product != null ? product : PRODUCTS[random.nextInt(PRODUCTS.length)],
                    labels.get(i) ? "negative" : "neutral", 100.0));
        }
        return out;
    }

    private static Dataset<Row> frame(List<Row> rows) {
        StructType schema = new StructType()
                .add("doc_id", DataTypes.StringType)
                .add("field_region", DataTypes.StringType)
                .add("topic", DataTypes.StringType)
                .add("field_product", DataTypes.StringType)
                .add("sentiment_label", DataTypes.StringType)
                .add("amount", DataTypes.DoubleType);
        return SharedSpark.session().createDataFrame(rows, schema);
    }
}
