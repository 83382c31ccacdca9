package io.darkroom.core.warehouse;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.HashMap;
import java.util.Map;

/**
 * Test rows for any warehouse table, built by column name: tests name only the columns they care
 * about, nullable columns default to null and required ones to false/0/"", so a table that gains a
 * column does not break every test that builds its rows.
 */
public final class TableRowFixture {
    private TableRowFixture() {
    }

    /** @param nameValuePairs column name, value, column name, value, ... (values may be null) */
    public static Row row(StructType schema, Object... nameValuePairs) {
        if (nameValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("Cannot build a row from an odd number of name/value arguments");
        }
        Map<String, Object> given = new HashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            String name = (String) nameValuePairs[i];
            if (schema.getFieldIndex(name).isEmpty()) {
                throw new IllegalArgumentException("Cannot set column '" + name + "': not in " + schema.simpleString());
            }
            given.put(name, nameValuePairs[i + 1]);
        }
        StructField[] fields = schema.fields();
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            values[i] = given.containsKey(fields[i].name()) ? given.get(fields[i].name()) : defaultFor(fields[i]);
        }
        return RowFactory.create(values);
    }

    private static Object defaultFor(StructField f) {
        if (f.nullable()) {
            return null;
        }
        return switch (f.dataType().typeName()) {
            case "boolean" -> false;
            case "integer" -> 0;
            case "long" -> 0L;
            case "double" -> 0.0;
            default -> "";
        };
    }
}
