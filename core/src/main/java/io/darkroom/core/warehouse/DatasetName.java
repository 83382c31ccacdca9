package io.darkroom.core.warehouse;

import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The name of a dataset: a table found in a file (or imported) stored at {@code datasets/<name>}.
 * Names are lower_snake_case identifiers so that the catalog and questions can use them unquoted.
 *
 * <p>Naming rule ({@link #derive}): the file's path relative to its source without the extension,
 * every run of characters other than {@code a-z0-9} folded to one {@code _}; then, for a file
 * holding several tables, {@code __} and the folded sheet or table name. A name that would start
 * with a digit gets the prefix {@code ds_}; one longer than {@link #MAX_LENGTH} is cut and given a
 * hash of the full name so that it stays unique. The same file and sheet always give the same name.
 */
public record DatasetName(String value) implements Serializable {
    /** Folder of the warehouse that holds one Delta table per dataset. */
    public static final String FOLDER = "datasets";
    public static final int MAX_LENGTH = 120;
    private static final String PATTERN = "[a-z][a-z0-9_]*";

    public DatasetName {
        Objects.requireNonNull(value, "value");
        if (value.length() > MAX_LENGTH || !value.matches(PATTERN)) {
            throw new IllegalArgumentException("Cannot name a dataset '" + value
                    + "': use lower_snake_case starting with a letter, at most " + MAX_LENGTH + " characters");
        }
    }

    /**
     * @param relativePath the file's path relative to its source folder ("finance/sales/q1.xlsx")
     * @param tablePart    sheet or table name for files holding several tables; null for one-table files
     */
    public static DatasetName derive(String relativePath, String tablePart) {
        Objects.requireNonNull(relativePath, "relativePath");
        String withoutExtension = relativePath.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        String base = fold(withoutExtension);
        if (base.isEmpty()) {
            base = "dataset";
        }
        String name = base;
        if (tablePart != null) {
            String part = fold(tablePart);
            name = base + "__" + (part.isEmpty() ? "table" : part);
        }
        if (!Character.isLetter(name.charAt(0))) {
            name = "ds_" + name;
        }
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH - 8).replaceAll("_+$", "") + "_" + shortHash(name);
        }
        return new DatasetName(name);
    }

    /** This name with a suffix that tells it apart from another dataset that claimed the name first. */
    public DatasetName disambiguated(String identity) {
        String suffix = "__" + shortHash(identity);
        String head = value.length() + suffix.length() > MAX_LENGTH
                ? value.substring(0, MAX_LENGTH - suffix.length()) : value;
        return new DatasetName(head + suffix);
    }

    /** The warehouse table of this dataset; each dataset has its own schema. */
    public WarehouseTable table(StructType schema) {
        return new WarehouseTable(tableName(), schema);
    }

    /** {@code datasets/<name>}: the table's name under the warehouse root. */
    public String tableName() {
        return FOLDER + "/" + value;
    }

    @Override
    public String toString() {
        return value;
    }

    /** Accents dropped (é -> e), everything but letters and digits folded to single underscores. */
    static String fold(String text) {
        String ascii = Normalizer.normalize(text.replace("ß", "ss"), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
