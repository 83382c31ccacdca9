package io.darkroom.app.cli;

import io.darkroom.analytics.catalog.CatalogRefresh;
import io.darkroom.core.DarkroomException;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.ingest.imports.ImportSummary;
import io.darkroom.ingest.imports.JdbcSource;
import io.darkroom.ingest.imports.StructuredImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Instant;
import java.util.concurrent.Callable;

/** {@code darkroom import}: a CSV/TSV/XLSX/Parquet file, a folder of them, or a JDBC table becomes a dataset. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import structured data as datasets: a CSV/TSV/XLSX/XLS/ODS/HTML/Parquet file, a folder of them"
                + " (each named after its relative path), or a database table (--jdbc URL --table T). Refreshes the catalog.")
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    WarehouseOptions options;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "File or folder to import.")
    String path;

    @Option(names = "--name", paramLabel = "NAME", description = "Dataset name (lower_snake_case) for a single file or table.")
    String name;

    @Option(names = "--jdbc", paramLabel = "URL", description = "JDBC URL, e.g. jdbc:postgresql://host:5432/db")
    String jdbcUrl;

    @Option(names = "--table", paramLabel = "TABLE", description = "Table to import with --jdbc (schema.table allowed).")
    String table;

    @Option(names = "--user", paramLabel = "USER", description = "Database user (or put user= in the URL).")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR", description = "Environment variable holding the database password.")
    String passwordEnv;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
        if ((path == null) == (jdbcUrl == null)) {
            throw DarkroomException.userInput("Cannot import: give either a PATH or --jdbc URL --table TABLE");
        }
        if (jdbcUrl != null && table == null) {
            throw DarkroomException.userInput("Cannot import from " + JdbcSource.displayOf(jdbcUrl)
                    + ": say which table with --table");
        }
        String runId = "import-" + Instant.now().toString().replaceAll("[^0-9TZ]", "");
        try (WarehouseSession session = WarehouseSession.open(options.config(), "darkroom-import", options.verbose)) {
            StructuredImport importer = new StructuredImport(session.warehouse());
            ImportSummary summary;
            Catalog catalog;
            try (SparkProgressBar bar = SparkProgressBar.start(session.spark(), "import", System.err, !json)) {
                summary = jdbcUrl != null
                        ? importer.importJdbc(new JdbcSource(jdbcUrl, table, user, passwordEnv == null ? null : System.getenv(passwordEnv)), name, runId)
                        : importer.importPath(path, name, runId);
                catalog = new CatalogRefresh(session.warehouse()).run();
            }
            if (json) {
                System.out.println(Json.write(summary));
            } else {
                System.out.printf("Imported %,d rows into %d dataset(s): %s%n", summary.rows(), summary.datasets().size(),
                        String.join(", ", summary.datasets()));
                summary.problems().forEach(p -> System.out.println("  not imported: " + p));
                System.out.printf("Catalog v%d: %d tables, %d relations%n", catalog.version(), catalog.tables().size(),
                        catalog.relations().size());
            }
            return summary.problems().isEmpty() ? ExitCodes.OK : ExitCodes.USER_ERROR;
        }
    }
}
