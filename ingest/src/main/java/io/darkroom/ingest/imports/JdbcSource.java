package io.darkroom.ingest.imports;

import io.darkroom.core.DarkroomException;

import java.util.Objects;
import java.util.Properties;

/**
 * A table of a database to import, e.g. {@code jdbc:postgresql://db:5432/sales} and {@code public.orders}.
 * Credentials may sit in the URL's query ({@code ?user=..&password=..}) or be given separately;
 * {@link #displayUrl()} never shows a password.
 */
public record JdbcSource(String url, String table, String user, String password) {
    private static final String IDENTIFIER = "[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*){0,2}";

    public JdbcSource {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(table, "table");
        if (!url.startsWith("jdbc:")) {
            throw DarkroomException.userInput("Cannot import from '" + displayOf(url)
                    + "': not a JDBC URL; use e.g. jdbc:postgresql://host:5432/database");
        }
        // The table name reaches the database as an identifier: allow only plain (schema.)table names.
        if (!table.matches(IDENTIFIER)) {
            throw DarkroomException.userInput("Cannot import table '" + table
                    + "': use a plain name such as orders or public.orders");
        }
    }

    public String displayUrl() {
        return displayOf(url);
    }

    /** A JDBC URL as it may be shown or logged: any password parameter masked. */
    public static String displayOf(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    Properties properties() {
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        return p;
    }
}
