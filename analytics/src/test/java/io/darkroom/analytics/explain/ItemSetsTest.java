package io.darkroom.analytics.explain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ItemSetsTest {
    @Test
    void keysAreOrderFreeAndRoundTrip() {
        assertThat(ItemSets.key(7, 0, 3)).isEqualTo(ItemSets.key(0, 3, 7)).isEqualTo(ItemSets.triple(0, 3, 7));
        assertThat(ItemSets.key(5, 2)).isEqualTo(ItemSets.pair(2, 5));
        assertThat(ItemSets.ids(ItemSets.key(7, 0, 3))).containsExactly(0, 3, 7);
        assertThat(ItemSets.ids(ItemSets.key(ItemSets.MAX_ID))).containsExactly(ItemSets.MAX_ID);
        assertThat(ItemSets.size(ItemSets.key(4, 9))).isEqualTo(2);
    }

    @Test
    void parentsDropOneItemEachAndContainmentFollowsIds() {
        assertThat(ItemSets.parents(ItemSets.key(1, 4, 6)))
                .containsExactlyInAnyOrder(ItemSets.key(4, 6), ItemSets.key(1, 6), ItemSets.key(1, 4));
        assertThat(ItemSets.parents(ItemSets.key(3))).isEmpty();
        assertThat(ItemSets.contains(ItemSets.key(1, 4, 6), ItemSets.key(6, 1))).isTrue();
        assertThat(ItemSets.contains(ItemSets.key(1, 4), ItemSets.key(1, 6))).isFalse();
    }
}
