package io.darkroom.analytics.explain;

import io.darkroom.analytics.insight.Segment;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The gates and pruning rules on hand-made counts, as the contrast miner would hand them over. */
class DriverSelectorTest {
    private static final DriverTarget NEGATIVE = new DriverTarget.Outcome("sentiment_label", "negative");
    private static final List<String> NAMES = List.of("product=X", "product=Y", "region=East", "region=West");

    @Test
    void aPlantedPairIsReportedAndItsParentsThatOnlyCarryItArePruned() {
        // 250 rows per cell; only X AND East is elevated (60 % negative against 10 %).
        Map<Long, SegmentCounts> candidates = cells(new long[][]{{250, 150}, {250, 25}, {250, 25}, {250, 25}});
        DriverSelector.Selection selection = select(candidates);
        // Singles X and East are 3.5x (175/500 against 50/500) and pass the gates, but rows of X outside
        // East are 10 % negative: they are only high because of the pair.
        assertThat(selection.drivers()).extracting(d -> d.segment().toString())
                .containsExactly("product = X, region = East");
        KeyDriver pair = selection.drivers().get(0);
        assertThat(pair.rows()).isEqualTo(250);
        assertThat(pair.value()).isCloseTo(0.6, within(1e-12));
        assertThat(pair.control()).isCloseTo(75.0 / 750, within(1e-12));
        assertThat(pair.riskRatio()).isCloseTo(6.0, within(1e-12));
        assertThat(pair.contribution()).isEqualTo(150.0);
        assertThat(pair.relativeContribution()).isCloseTo(150.0 / 225, within(1e-12));
        assertThat(pair.score()).isCloseTo(150.0 / 225 * (1 - 1 / 6.0), within(1e-12));
    }

    @Test
    void aPairThatOnlyRestatesItsParentIsPruned() {
        // X is 34 % negative in both regions, Y 10 %: "X AND East" adds nothing to "X".
        Map<Long, SegmentCounts> candidates = cells(new long[][]{{250, 85}, {250, 85}, {250, 25}, {250, 25}});
        DriverSelector.Selection selection = select(candidates);
        assertThat(selection.drivers()).extracting(d -> d.segment().toString()).containsExactly("product = X");
        KeyDriver x = selection.drivers().get(0);
        assertThat(x.value()).isCloseTo(0.34, within(1e-12));
        assertThat(x.control()).isCloseTo(0.10, within(1e-12));
        assertThat(x.effectRatio()).isCloseTo(3.4, within(1e-12));
        assertThat(x.contribution()).isEqualTo(170.0);
        assertThat(x.relativeContribution()).isCloseTo(170.0 / 220, within(1e-12));
        assertThat(x.pValue()).isLessThan(1e-10);
        assertThat(x.confidence()).isGreaterThan(0.999);
    }

    @Test
    void aDriverThatOnlyOverSamplesAStrongerOneIsDroppedOnceStratified() {
        // North is 30 % negative and South 10 %, whatever the topic; billing is 60 % North, so on its own
        // it looks 1.57x (110/500 against 140/1000) and passes every gate.
        SegmentCounts northBilling = negatives(300, 90);
        SegmentCounts northOther = negatives(200, 60);
        SegmentCounts southBilling = negatives(200, 20);
        SegmentCounts southOther = negatives(800, 80);
        long north = ItemSets.key(0);
        long billing = ItemSets.key(2);
        Map<Long, SegmentCounts> candidates = Map.of(
                north, northBilling.plus(northOther), ItemSets.key(1), southBilling.plus(southOther),
                billing, northBilling.plus(southBilling), ItemSets.key(3), northOther.plus(southOther),
                ItemSets.key(0, 2), northBilling);
        SegmentCounts total = northBilling.plus(northOther).plus(southBilling).plus(southOther);
        DriverSelector selector = new DriverSelector(NEGATIVE, DriverOptions.defaults(), total, 0);
        List<String> names = List.of("region=North", "region=South", "topic=billing", "topic=other");
        DriverSelector.Selection found = selector.select(candidates, key -> segment(key, names), 0);
        assertThat(found.drivers()).extracting(d -> d.segment().toString())
                .containsExactly("region = North", "topic = billing");
        assertThat(selector.overlaps(found)).containsExactly(new DriverSelector.Overlap(billing, north));

        // Outside North, billing is 20/200 against 80/800: no effect of its own.
        DriverSelector.Selection kept = selector.unconfounded(found,
                Map.of(new DriverSelector.Overlap(billing, north), northBilling), candidates);
        assertThat(kept.drivers()).extracting(d -> d.segment().toString()).containsExactly("region = North");
    }

    @Test
    void segmentsUnderTheRowOrSupportGateAreNotEvenTested() {
        // 9 rows, all negative: striking, but below 10 rows.
        Map<Long, SegmentCounts> candidates = new HashMap<>();
        candidates.put(ItemSets.key(0), new SegmentCounts(9, 9, 9, 9));
        candidates.put(ItemSets.key(1), new SegmentCounts(991, 91, 91, 91));
        DriverSelector.Selection selection = new DriverSelector(NEGATIVE, DriverOptions.defaults(),
                new SegmentCounts(1000, 100, 100, 100), 0).select(candidates, key -> segment(key), 0);
        assertThat(selection.tested()).isEqualTo(1);
        assertThat(selection.drivers()).isEmpty();
    }

    @Test
    void aContinuousDriverReportsMeansAndItsShareOfTheExcess() {
        // Centred values: 20 rows at +30 (mean 130 when the overall mean is 100), 180 rows at -10/3.
        SegmentCounts high = new SegmentCounts(20, 15, 20 * 30.0, 20 * 900.0 + 20 * 4.0);
        SegmentCounts low = new SegmentCounts(180, 5, -600.0, 180 * (100.0 / 9) + 180 * 4.0);
        Map<Long, SegmentCounts> candidates = Map.of(ItemSets.key(0), high, ItemSets.key(1), low);
        DriverTarget amountHigh = new DriverTarget.Continuous("amount", Direction.HIGH);
        double absDeviation = 20 * 30.0 + 600.0;
        KeyDriver driver = new DriverSelector(amountHigh, DriverOptions.defaults(), high.plus(low), absDeviation)
                .select(candidates, key -> segment(key), 100.0).drivers().get(0);
        assertThat(driver.segment().toString()).isEqualTo("product = X");
        assertThat(driver.value()).isCloseTo(130.0, within(1e-9));
        assertThat(driver.control()).isCloseTo(100.0 - 10.0 / 3, within(1e-9));
        assertThat(driver.effectRatio()).isCloseTo(130.0 / (100.0 - 10.0 / 3), within(1e-9));
        assertThat(driver.contribution()).isCloseTo(600.0, within(1e-9));
        assertThat(driver.relativeContribution()).isCloseTo(1.0, within(1e-9));
        assertThat(driver.riskRatio()).isCloseTo((15 / 20.0) / (5 / 180.0), within(1e-9));
        assertThat(driver.support()).isCloseTo(0.75, within(1e-12));
    }

    private static DriverSelector.Selection select(Map<Long, SegmentCounts> candidates) {
        SegmentCounts total = candidates.get(ItemSets.key(0)).plus(candidates.get(ItemSets.key(1)));
        return new DriverSelector(NEGATIVE, DriverOptions.defaults(), total, 0)
                .select(candidates, DriverSelectorTest::segment, 0);
    }

    /** Singles and pairs of a product (X=0, Y=1) x region (East=2, West=3) table of {rows, negatives} cells. */
    private static Map<Long, SegmentCounts> cells(long[][] xe_xw_ye_yw) {
        SegmentCounts[] cell = new SegmentCounts[4];
        for (int i = 0; i < 4; i++) {
            cell[i] = negatives(xe_xw_ye_yw[i][0], xe_xw_ye_yw[i][1]);
        }
        Map<Long, SegmentCounts> counts = new HashMap<>();
        counts.put(ItemSets.key(0), cell[0].plus(cell[1]));
        counts.put(ItemSets.key(1), cell[2].plus(cell[3]));
        counts.put(ItemSets.key(2), cell[0].plus(cell[2]));
        counts.put(ItemSets.key(3), cell[1].plus(cell[3]));
        counts.put(ItemSets.key(0, 2), cell[0]);
        counts.put(ItemSets.key(0, 3), cell[1]);
        counts.put(ItemSets.key(1, 2), cell[2]);
        counts.put(ItemSets.key(1, 3), cell[3]);
        return counts;
    }

    private static SegmentCounts negatives(long rows, long negative) {
        return new SegmentCounts(rows, negative, negative, negative);
    }

    private static Segment segment(long key) {
        return segment(key, NAMES);
    }

    private static Segment segment(long key, List<String> names) {
        Segment segment = null;
        for (int id : ItemSets.ids(key)) {
            String[] parts = names.get(id).split("=");
            segment = segment == null ? Segment.of(parts[0], parts[1]) : segment.and(parts[0], parts[1]);
        }
        return segment;
    }
}
