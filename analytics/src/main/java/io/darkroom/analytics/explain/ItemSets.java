package io.darkroom.analytics.explain;

import java.util.Arrays;

/**
 * An item set of 1-3 item ids packed into one long (21 bits per id, ids + 1 so 0 means "none"), so
 * that counting combinations on a million rows hashes primitives instead of allocating lists.
 */
final class ItemSets {
    /** Ids must stay below 2^21 - 1; the dictionary caps items far below that. */
    static final int MAX_ID = (1 << 21) - 2;
    private static final int BITS = 21;
    private static final long MASK = (1L << BITS) - 1;

    private ItemSets() {
    }

    /** The key of a set of distinct ids, in any order. */
    static long key(int... ids) {
        int[] sorted = ids.clone();
        Arrays.sort(sorted);
        return keyOfSorted(sorted, sorted.length);
    }

    /** The key of the first {@code length} ids of an ascending array. */
    static long keyOfSorted(int[] ascending, int length) {
        long key = 0;
        for (int i = 0; i < length; i++) {
            key = (key << BITS) | (ascending[i] + 1L);
        }
        return key;
    }

    static long pair(int low, int high) {
        return ((low + 1L) << BITS) | (high + 1L);
    }

    static long triple(int low, int middle, int high) {
        return ((low + 1L) << (2 * BITS)) | ((middle + 1L) << BITS) | (high + 1L);
    }

    /** The ids of a key, ascending. */
    static int[] ids(long key) {
        int size = size(key);
        int[] ids = new int[size];
        for (int i = size - 1; i >= 0; i--) {
            ids[i] = (int) (key & MASK) - 1;
            key >>>= BITS;
        }
        return ids;
    }

    static int size(long key) {
        int size = 0;
        while (key != 0) {
            size++;
            key >>>= BITS;
        }
        return size;
    }

    /** Keys of the subsets one id smaller (none for a single item). */
    static long[] parents(long key) {
        int[] ids = ids(key);
        if (ids.length < 2) {
            return new long[0];
        }
        long[] parents = new long[ids.length];
        for (int drop = 0; drop < ids.length; drop++) {
            int[] rest = new int[ids.length - 1];
            for (int i = 0, j = 0; i < ids.length; i++) {
                if (i != drop) {
                    rest[j++] = ids[i];
                }
            }
            parents[drop] = keyOfSorted(rest, rest.length);
        }
        return parents;
    }

    /** True when every id of {@code part} is in {@code whole}. */
    static boolean contains(long whole, long part) {
        int[] wholeIds = ids(whole);
        for (int id : ids(part)) {
            if (Arrays.binarySearch(wholeIds, id) < 0) {
                return false;
            }
        }
        return true;
    }
}
