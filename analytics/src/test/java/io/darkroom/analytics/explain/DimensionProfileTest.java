package io.darkroom.analytics.explain;

import io.darkroom.analytics.explain.DimensionProfile.ValueGroup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DimensionProfileTest {
    private static final List<String> DIMENSIONS = List.of("region", "organization", "currency");

    @Test
    void frequentNullsBecomeBlankRareNullsAndTailValuesGetNoItemAndConstantsAreSkipped() {
        List<ValueGroup> groups = List.of(
                // region: 1,000 rows, 60 of them null (6 %: frequent enough to be "(blank)").
                group(0, "North", 500, 50), group(0, "South", 440, 20), group(0, null, 60, 30),
                // organization: three values kept of four with K = 3, 20 nulls (2 %) ignored.
                group(1, "Acme", 400, 40), group(1, "Globex", 300, 30), group(1, "Initech", 200, 20),
                group(1, "Umbrella", 80, 8), group(1, null, 20, 2),
                // currency: one value only, nothing to contrast.
                group(2, "EUR", 1000, 100));
        DimensionProfile profile = DimensionProfile.of(DIMENSIONS, groups,
                DriverOptions.defaults().withMaxValuesPerDimension(3));

        assertThat(profile.total()).isEqualTo(new SegmentCounts(1000, 100, 100, 100));
        assertThat(profile.totalAbsDeviation()).isEqualTo(1000.0);
        assertThat(profile.skipped()).containsExactly("currency");
        ItemDictionary dictionary = profile.dictionary();
        assertThat(dictionary.dimensions()).containsExactly("region", "organization");
        assertThat(List.of(0, 1, 2, 3, 4, 5)).extracting(id -> dictionary.segment(ItemSets.key(id)).toString())
                .containsExactly("region = North", "region = South", "region = (blank)",
                        "organization = Acme", "organization = Globex", "organization = Initech");
        assertThat(profile.singles().get(ItemSets.key(2))).isEqualTo(new SegmentCounts(60, 30, 30, 30));
    }

    private static ValueGroup group(int dimension, String value, long rows, long outliers) {
        return new ValueGroup(dimension, value, new SegmentCounts(rows, outliers, outliers, outliers), rows);
    }
}
