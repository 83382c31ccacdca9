package io.darkroom.app.cli;

import io.darkroom.analytics.catalog.CatalogRefresh;
import io.darkroom.analytics.catalog.OverridesFile;
import io.darkroom.core.DarkroomException;
import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogStore;
import io.darkroom.core.catalog.CatalogTable;
import io.darkroom.core.config.DarkroomConfig;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code darkroom catalog}: what questions can be asked about, and the file to change it with. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Print the catalog: every table with its measures, dimensions (with their most frequent values),"
                + " the other words questions may use, and the relations found between tables and with the"
                + " organisations, people and places the documents mention. Edit it in <home>/catalog-overrides.yaml.")
public final class CatalogCommand implements Callable<Integer> {
    @Mixin
    WarehouseOptions options;

    @Option(names = "--table", paramLabel = "TABLE", description = "Only this table (name, name without datasets/, or label).")
    String table;

    @Option(names = "--json", description = "Print the catalog as JSON.")
    boolean json;

    @Option(names = "--rebuild", description = "Rebuild the catalog from the warehouse and the overrides file first.")
    boolean rebuild;

    @Option(names = "--init-overrides", description = "Write a commented catalog-overrides.yaml into the home and exit.")
    boolean initOverrides;

    @Override
    public Integer call() {
        DarkroomConfig config = options.config();
        if (initOverrides) {
            System.out.println("Wrote " + new OverridesFile(config.homeUri(), new Configuration()).init()
                    + "; edit it, then run 'darkroom catalog --rebuild'");
            return ExitCodes.OK;
        }
        try (WarehouseSession session = WarehouseSession.open(config, "darkroom-catalog", options.verbose)) {
            CatalogRefresh.Refreshed refreshed = null;
            if (rebuild) {
                try (SparkProgressBar bar = SparkProgressBar.start(session.spark(), "catalog", System.err, !json)) {
                    refreshed = new CatalogRefresh(session.warehouse()).refresh();
                }
            }
            Catalog catalog = refreshed != null ? refreshed.catalog() : new CatalogStore(session.warehouse()).require();
            List<CatalogTable> tables = table == null ? catalog.tables() : List.of(find(catalog, table));
            if (json) {
                Catalog shown = table == null ? catalog : new Catalog(catalog.version(), catalog.builtAt(), tables,
                        catalog.relations().stream().filter(r -> r.fromTable().equals(tables.get(0).name())
                                || r.toTable().equals(tables.get(0).name())).toList(), catalog.synonyms());
                System.out.println(Json.write(shown));
            } else {
                CatalogPrinter.print(catalog, tables, System.out);
            }
            if (refreshed != null && refreshed.overridesProblem().isPresent()) {
                // Printed after the catalog, which was saved with every edit that applied.
                throw refreshed.overridesProblem().get();
            }
            return ExitCodes.OK;
        }
    }

    private static CatalogTable find(Catalog catalog, String name) {
        return catalog.tables().stream()
                .filter(t -> t.name().equals(name) || t.name().equals("datasets/" + name) || t.label().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> DarkroomException.userInput("Cannot show table '" + name + "': the catalog has no such table; use one of "
                        + String.join(", ", catalog.tables().stream().map(t -> t.name().replaceFirst("^datasets/", "")).toList())));
    }
}
