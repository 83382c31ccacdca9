package io.darkroom.core.warehouse;

import org.apache.spark.sql.types.StructType;

import java.util.Objects;

/**
 * A table of the warehouse: its folder name under {@code <home>/warehouse} and its schema.
 * Core owns every table's name and schema so that stages meet only through them.
 */
public record WarehouseTable(String name, StructType schema) {
    public WarehouseTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
        if (!name.matches("[a-z][a-z0-9_]*(/[A-Za-z0-9_.\\-]+)?")) {
            throw new IllegalArgumentException("Cannot name a warehouse table '" + name + "': use lower_snake_case");
        }
    }
}
