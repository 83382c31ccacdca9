package io.darkroom.analytics.explain;

import io.darkroom.analytics.insight.Segment;
import org.apache.spark.sql.Column;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.when;

/**
 * The "dimension = value" items a segment is made of, numbered densely by dimension order. Values
 * outside a dimension's top K, and rare nulls, have no item: their rows still count in every rate,
 * they just cannot be a segment.
 */
final class ItemDictionary {
    private final List<String> dimensions;
    private final List<Item> items;

    /** @param value null stands for "(blank)", the dimension's nulls */
    record Item(int id, int dimension, String value) {
    }

    ItemDictionary(List<String> dimensions, List<Item> items) {
        this.dimensions = List.copyOf(dimensions);
        this.items = List.copyOf(items);
        for (int i = 0; i < this.items.size(); i++) {
            if (this.items.get(i).id() != i) {
                throw new IllegalArgumentException("Cannot number items: item " + this.items.get(i) + " is at " + i);
            }
        }
        if (this.items.size() > ItemSets.MAX_ID) {
            throw new IllegalArgumentException("Cannot number " + this.items.size() + " items: at most "
                    + ItemSets.MAX_ID);
        }
    }

    int size() {
        return items.size();
    }

    List<String> dimensions() {
        return dimensions;
    }

    Item item(int id) {
        return items.get(id);
    }

    String dimensionOf(int id) {
        return dimensions.get(items.get(id).dimension());
    }

    Segment segment(long key) {
        List<Segment.Condition> conditions = new ArrayList<>();
        for (int id : ItemSets.ids(key)) {
            conditions.add(new Segment.Condition(dimensionOf(id), items.get(id).value()));
        }
        return new Segment(conditions);
    }

    /**
     * An {@code array<int>} column of a row's item ids, ascending, from each dimension's
     * string-typed column: one map lookup per dimension, no UDF.
     */
    Column itemsColumn(Function<String, Column> columnOf) {
        List<Column> perDimension = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            List<Column> entries = new ArrayList<>();
            Integer blank = null;
            for (Item item : items) {
                if (item.dimension() != d) {
                    continue;
                }
                if (item.value() == null) {
                    blank = item.id();
                } else {
                    entries.add(lit(item.value()));
                    entries.add(lit(item.id()));
                }
            }
            Column value = columnOf.apply(dimensions.get(d));
            Column known = entries.isEmpty() ? lit(null).cast("int")
                    : try_element_at(map(entries.toArray(Column[]::new)), value);
            perDimension.add(when(value.isNull(), blank == null ? lit(null).cast("int") : lit(blank)).otherwise(known));
        }
        return array_compact(array(perDimension.toArray(Column[]::new)));
    }
}
