package io.darkroom.app.cli;

import io.darkroom.core.DarkroomException;
import io.darkroom.core.warehouse.DatasetRegistryTable;
import io.darkroom.core.warehouse.DocFeaturesTable;
import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.core.warehouse.EntitiesTable;
import io.darkroom.core.warehouse.FactsTable;
import io.darkroom.core.warehouse.FilesTable;
import io.darkroom.core.warehouse.InsightsTable;
import io.darkroom.core.warehouse.Warehouse;
import io.darkroom.core.warehouse.WarehouseTable;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.plans.logical.InsertIntoStatement;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.ParsedStatement;
import org.apache.spark.sql.execution.SparkSqlParser;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import scala.jdk.javaapi.CollectionConverters;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;

/**
 * {@code darkroom sql "SELECT ..."}: one read-only Spark SQL query over the warehouse, for notebooks and scripts.
 * The tables are temporary views of this one command; the statement is parsed and refused before it runs unless it
 * is a query, so nothing can write to or drop a table through it.
 */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Run one read-only Spark SQL query over the warehouse and print the rows.",
                "Views: files, documents, entities, facts, doc_features, insights, datasets (the dataset registry),"
                        + " and each dataset under its own name (e.g. finance_sales_sales__summary)."})
public final class SqlCommand implements java.util.concurrent.Callable<Integer> {
    /** The warehouse tables under the view names users know them by. */
    private static final Map<String, WarehouseTable> VIEWS = views();

    @Mixin
    WarehouseOptions options;

    @Parameters(index = "0", paramLabel = "QUERY", description = "A SELECT (or WITH ... SELECT) statement.")
    String query;

    @ArgGroup(exclusive = true)
    Format format = new Format();

    @Option(names = "--limit", defaultValue = "10000", paramLabel = "N",
            description = "At most N rows (a note on stderr says when there were more). Default: ${DEFAULT-VALUE}")
    int limit;

    static final class Format {
        @Option(names = "--csv", description = "CSV with a header row (RFC 4180; nested values as JSON).")
        boolean csv;

        @Option(names = "--json", description = "JSON lines: one object per row (null fields left out).")
        boolean json;
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw DarkroomException.userInput("Cannot run the query with --limit " + limit + ": the limit must be at least 1");
        }
        requireQuery(query);
        try (WarehouseSession session = WarehouseSession.open(options.config(), "darkroom-sql", options.verbose)) {
            registerViews(session.warehouse(), query);
            Dataset<Row> result;
            try {
                result = session.spark().sql(query);
            } catch (Exception e) {
                // Scala does not declare AnalysisException, so javac only lets us catch it as Exception.
                if (!(e instanceof AnalysisException)) {
                    throw e;
                }
                throw DarkroomException.userInput("Cannot run the query: " + firstLine(e.getMessage())
                        + "; the views are " + String.join(", ", VIEWS.keySet()) + " and the datasets by name");
            }
            boolean more;
            if (format.json) {
                List<String> lines = result.limit(limit + 1).toJSON().collectAsList();
                more = lines.size() > limit;
                lines.stream().limit(limit).forEach(System.out::println);
            } else {
                List<Row> rows = printable(result).limit(limit + 1).collectAsList();
                more = rows.size() > limit;
                List<Row> shown = more ? rows.subList(0, limit) : rows;
                if (format.csv) {
                    printCsv(result.columns(), shown, System.out);
                } else {
                    printTable(result.columns(), shown, System.out);
                }
            }
            if (more) {
                System.err.println("darkroom: showing the first " + limit + " rows; raise --limit to see more");
            }
            return ExitCodes.OK;
        }
    }

    /**
     * Refuses anything but a query before Spark runs it: {@code spark.sql} executes commands (DROP, INSERT, CREATE,
     * SET, CACHE ...) eagerly, so the check must happen on the parsed, not the analysed, plan.
     */
    static void requireQuery(String sql) {
        LogicalPlan plan;
        try {
            plan = new SparkSqlParser().parsePlan(sql);
        } catch (Exception e) {
            if (!(e instanceof ParseException)) {
                throw e;
            }
            throw DarkroomException.userInput("Cannot parse the query: " + firstLine(e.getMessage())
                    + "; write one Spark SQL SELECT statement");
        }
        String writer = writingNode(plan);
        if (writer != null) {
            throw DarkroomException.userInput("Cannot run '" + abbreviate(sql) + "': it is a " + writer
                    + ", and 'darkroom sql' only reads; write a SELECT (or WITH ... SELECT) statement");
        }
    }

    /** The name of the first node that is a command or a statement rather than a query, or null. */
    private static String writingNode(LogicalPlan plan) {
        if (plan instanceof org.apache.spark.sql.catalyst.plans.logical.Command || plan instanceof ParsedStatement || plan instanceof InsertIntoStatement) {
            return plan.nodeName();
        }
        for (LogicalPlan child : CollectionConverters.asJava(plan.children())) {
            String found = writingNode(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * Registers the tables the query may name: those whose name is a word of it (a column of the same name only adds
     * a view nobody reads). Each view costs a read of its Delta log, which matters with hundreds of datasets. A dataset
     * whose name is taken by a core view stays reachable through the registry's {@code table_name}.
     */
    static void registerViews(Warehouse warehouse, String sql) {
        Set<String> words = new HashSet<>();
        Matcher m = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*").matcher(sql);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        VIEWS.forEach((view, table) -> {
            if (words.contains(view) && warehouse.exists(table)) {
                warehouse.read(table).createOrReplaceTempView(view);
            }
        });
        if (!warehouse.exists(DatasetRegistryTable.TABLE)) {
            return;
        }
        for (Row r : warehouse.read(DatasetRegistryTable.TABLE)
                .select(DatasetRegistryTable.DATASET, DatasetRegistryTable.TABLE_NAME).collectAsList()) {
            String name = r.getString(0);
            WarehouseTable table = new WarehouseTable(r.getString(1), new StructType());
            if (words.contains(name) && !VIEWS.containsKey(name) && warehouse.exists(table)) {
                warehouse.read(table).createOrReplaceTempView(name);
            }
        }
    }

    /** Nested columns become JSON text so that every cell prints as one string. */
    private static Dataset<Row> printable(Dataset<Row> result) {
        List<Column> columns = new ArrayList<>();
        for (StructField f : result.schema().fields()) {
            Column c = col("`" + f.name().replace("`", "``") + "`");
            columns.add(nested(f.dataType()) ? to_json(c).as(f.name()) : c.cast("string").as(f.name()));
        }
        return result.select(columns.toArray(Column[]::new));
    }

    private static boolean nested(DataType type) {
        return type instanceof ArrayType || type instanceof StructType || type instanceof MapType;
    }

    static void printCsv(String[] header, List<Row> rows, PrintStream out) {
        out.println(csvLine(List.of(header)));
        for (Row r : rows) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                cells.add(r.isNullAt(i) ? "" : r.getString(i));
            }
            out.println(csvLine(cells));
        }
    }

    private static String csvLine(List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String cell : cells) {
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            quoted.add(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        return String.join(",", quoted);
    }

    /** A plain aligned table for reading in a terminal; cells are cut at 60 characters. */
    static void printTable(String[] header, List<Row> rows, PrintStream out) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(header));
        for (Row r : rows) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                String cell = r.isNullAt(i) ? "null" : r.getString(i).replaceAll("\\s+", " ");
                cells.add(cell.length() > 60 ? cell.substring(0, 57) + "..." : cell);
            }
            lines.add(cells);
        }
        int[] widths = new int[header.length];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        for (List<String> line : lines) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < line.size(); i++) {
                sb.append(i == 0 ? "" : " | ").append(String.format("%-" + widths[i] + "s", line.get(i)));
            }
            out.println(sb.toString().stripTrailing());
        }
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
    }

    private static Map<String, WarehouseTable> views() {
        Map<String, WarehouseTable> views = new LinkedHashMap<>();
        for (WarehouseTable t : List.of(FilesTable.TABLE, DocumentsTable.TABLE, EntitiesTable.TABLE, FactsTable.TABLE,
                DocFeaturesTable.TABLE, InsightsTable.TABLE)) {
            views.put(t.name(), t);
        }
        views.put("datasets", DatasetRegistryTable.TABLE);
        return java.util.Collections.unmodifiableMap(views);
    }

    private static String firstLine(String s) {
        String line = s == null ? "" : s.strip();
        int nl = line.indexOf('\n');
        return nl < 0 ? line : line.substring(0, nl);
    }

    private static String abbreviate(String sql) {
        String one = sql.strip().replaceAll("\\s+", " ");
        return one.length() > 40 ? one.substring(0, 37) + "..." : one;
    }
}
