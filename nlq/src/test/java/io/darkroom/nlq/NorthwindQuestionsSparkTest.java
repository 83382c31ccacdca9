package io.darkroom.nlq;

import io.darkroom.core.catalog.Catalog;
import io.darkroom.core.catalog.CatalogTable;
import io.darkroom.core.catalog.Relation;
import io.darkroom.core.spark.SharedSpark;
import io.darkroom.nlq.analyze.CoreNlpTokens;
import io.darkroom.nlq.answer.Answer;
import io.darkroom.nlq.exec.TableReader;
import io.darkroom.nlq.fixtures.TestCatalogs;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Northwind questions with gold answers computed independently by plain Spark SQL over the same CSVs.
 * Reports accuracy per kind and warm latency; fails below the accuracy floor so regressions show.
 */
class NorthwindQuestionsSparkTest {
    private static final String[] TABLES = {"categories", "customers", "employees", "order_details", "orders", "products",
            "shippers", "suppliers", "employee_territories", "territories", "regions"};
    private static QuestionAnswerer answerer;
    private static SparkSession spark;

    /** How an answer is compared with the gold rows. */
    enum Check { SCALAR, PAIRS, TRIPLES, CONTAINS, CLARIFY, UNAVAILABLE }

    record Q(String kind, String question, String gold, Check check, String session) {
    }

    @BeforeAll
    static void load() {
        String data = System.getProperty("darkroom.shared.data");
        File folder = data == null ? null : new File(data, "tabular-business/northwind");
        Assumptions.assumeTrue(folder != null && folder.isDirectory(),
                "Northwind CSVs not found under ${darkroom.shared.data}/tabular-business/northwind: skipping");
        spark = SharedSpark.session();
        Map<String, Dataset<Row>> frames = new HashMap<>();
        List<CatalogTable> tables = new ArrayList<>();
        for (String t : TABLES) {
            Dataset<Row> df = spark.read().option("header", "true").option("inferSchema", "true").option("nullValue", "NULL")
                    .csv(new File(folder, t + ".csv").getPath()).cache();
            df.createOrReplaceTempView("nw_" + t);
            String name = "datasets/northwind_" + t;
            frames.put(name, df);
            tables.add(TestCatalogs.table(name, "northwind " + t.replace('_', ' '), df));
        }
        List<Relation> relations = List.of(
                rel("order_details", "orderID", "orders", "orderID"), rel("order_details", "productID", "products", "productID"),
                rel("orders", "customerID", "customers", "customerID"), rel("orders", "employeeID", "employees", "employeeID"),
                rel("orders", "shipVia", "shippers", "shipperID"), rel("products", "categoryID", "categories", "categoryID"),
                rel("products", "supplierID", "suppliers", "supplierID"), rel("employee_territories", "employeeID", "employees", "employeeID"),
                rel("employee_territories", "territoryID", "territories", "territoryID"), rel("territories", "regionID", "regions", "regionID"));
        Catalog catalog = TestCatalogs.catalog(tables, relations, Map.of());
        answerer = new QuestionAnswerer(catalog, TableReader.of(frames), new CoreNlpTokens(), null, null, Clock.systemUTC());
    }

    private static Relation rel(String from, String fc, String to, String tc) {
        return TestCatalogs.relation("datasets/northwind_" + from, fc, "datasets/northwind_" + to, tc);
    }

    static List<Q> questions() {
        String y97 = "year(orderDate) = 1997";
        return List.of(
                q("aggregate", "how many orders are there", "SELECT count(*) FROM nw_orders", Check.SCALAR),
                q("aggregate", "How many customers are in Germany?", "SELECT count(*) FROM nw_customers WHERE country = 'Germany'", Check.SCALAR),
                q("aggregate", "total freight in 1997", "SELECT sum(freight) FROM nw_orders WHERE " + y97, Check.SCALAR),
                q("aggregate", "what is the average freight", "SELECT avg(freight) FROM nw_orders", Check.SCALAR),
                q("aggregate", "how many products do we have", "SELECT count(*) FROM nw_products", Check.SCALAR),
                q("aggregate", "how many orders were shipped to France", "SELECT count(*) FROM nw_orders WHERE shipCountry = 'France'", Check.SCALAR),
                q("aggregate", "how many orders in Q1 1998", "SELECT count(*) FROM nw_orders WHERE orderDate >= '1998-01-01' AND orderDate < '1998-04-01'", Check.SCALAR),
                q("aggregate", "total quantity", "SELECT sum(quantity) FROM nw_order_details", Check.SCALAR),
                q("aggregate", "how many suppliers are in the USA", "SELECT count(*) FROM nw_suppliers WHERE country = 'USA'", Check.SCALAR),
                q("aggregate", "how many customers are not in Germany", "SELECT count(*) FROM nw_customers WHERE country IS NULL OR country <> 'Germany'", Check.SCALAR),
                q("aggregate", "what is the highest freight", "SELECT max(freight) FROM nw_orders", Check.SCALAR),
                q("aggregate", "how many orders with freight more than 500", "SELECT count(*) FROM nw_orders WHERE freight > 500", Check.SCALAR),
                q("aggregate", "total freight last year", "SELECT sum(freight) FROM nw_orders WHERE " + y97, Check.SCALAR),
                q("aggregate", "how many orders since January", "SELECT count(*) FROM nw_orders WHERE orderDate >= '1998-01-01'", Check.SCALAR),
                q("aggregate", "number of employees", "SELECT count(*) FROM nw_employees", Check.SCALAR),
                q("aggregate", "average unit price of products", "SELECT avg(unitPrice) FROM nw_products", Check.SCALAR),
                q("aggregate", "how many orders in the past 6 weeks", "SELECT count(*) FROM nw_orders WHERE orderDate >= '1998-03-26'", Check.SCALAR),
                q("aggregate", "total frieght in 1996", "SELECT sum(freight) FROM nw_orders WHERE year(orderDate) = 1996", Check.SCALAR),
                q("aggregate", "how many custmers in Mexico", "SELECT count(*) FROM nw_customers WHERE country = 'Mexico'", Check.SCALAR),
                q("aggregate", "total freight year to date", "SELECT sum(freight) FROM nw_orders WHERE orderDate >= '1998-01-01'", Check.SCALAR),
                q("aggregate", "how many orders between 1996 and 1997", "SELECT count(*) FROM nw_orders WHERE year(orderDate) IN (1996, 1997)", Check.SCALAR),
                q("aggregate", "how many orders with freight between 10 and 20", "SELECT count(*) FROM nw_orders WHERE freight BETWEEN 10 AND 20", Check.SCALAR),
                q("breakdown", "freight by ship country", "SELECT shipCountry, sum(freight) FROM nw_orders GROUP BY 1", Check.PAIRS),
                q("breakdown", "number of customers by country", "SELECT country, count(*) FROM nw_customers GROUP BY 1", Check.PAIRS),
                q("breakdown", "total quantity by category", "SELECT c.categoryName, sum(d.quantity) FROM nw_order_details d JOIN nw_products p ON d.productID = p.productID "
                        + "JOIN nw_categories c ON p.categoryID = c.categoryID GROUP BY 1", Check.PAIRS),
                q("breakdown", "freight by customer country", "SELECT c.country, sum(o.freight) FROM nw_orders o LEFT JOIN nw_customers c ON o.customerID = c.customerID GROUP BY 1", Check.PAIRS),
                q("breakdown", "number of products per category", "SELECT c.categoryName, count(*) FROM nw_products p LEFT JOIN nw_categories c ON p.categoryID = c.categoryID GROUP BY 1", Check.PAIRS),
                q("breakdown", "total freight by shipper", "SELECT s.companyName, sum(o.freight) FROM nw_orders o JOIN nw_shippers s ON o.shipVia = s.shipperID GROUP BY 1", Check.PAIRS),
                q("breakdown", "freight by ship country and shipper in 1998", "SELECT o.shipCountry, s.companyName, sum(o.freight) FROM nw_orders o JOIN nw_shippers s ON o.shipVia = s.shipperID "
                        + "WHERE year(o.orderDate) = 1998 GROUP BY 1, 2", Check.TRIPLES),
                q("breakdown", "how many orders by employee", "SELECT e.lastName, count(*) FROM nw_orders o JOIN nw_employees e ON o.employeeID = e.employeeID GROUP BY 1", Check.PAIRS),
                q("top_n", "top 5 customers by freight", "SELECT c.companyName, sum(o.freight) f FROM nw_orders o JOIN nw_customers c ON o.customerID = c.customerID GROUP BY 1 ORDER BY f DESC LIMIT 5", Check.PAIRS),
                q("top_n", "which customer has the most orders", "SELECT c.companyName, count(*) n FROM nw_orders o JOIN nw_customers c ON o.customerID = c.customerID GROUP BY 1 ORDER BY n DESC LIMIT 1", Check.PAIRS),
                q("top_n", "top 3 products by quantity", "SELECT p.productName, sum(d.quantity) q FROM nw_order_details d JOIN nw_products p ON d.productID = p.productID GROUP BY 1 ORDER BY q DESC LIMIT 3", Check.PAIRS),
                q("top_n", "bottom 3 ship countries by freight", "SELECT shipCountry, sum(freight) f FROM nw_orders GROUP BY 1 ORDER BY f ASC LIMIT 3", Check.PAIRS),
                q("top_n", "which employee has the most orders", "SELECT e.lastName, count(*) n FROM nw_orders o JOIN nw_employees e ON o.employeeID = e.employeeID GROUP BY 1 ORDER BY n DESC LIMIT 1", Check.PAIRS),
                q("top_n", "top 5 categories by quantity", "SELECT c.categoryName, sum(d.quantity) q FROM nw_order_details d JOIN nw_products p ON d.productID = p.productID "
                        + "JOIN nw_categories c ON p.categoryID = c.categoryID GROUP BY 1 ORDER BY q DESC LIMIT 5", Check.PAIRS),
                q("top_n", "which product has the highest unit price", "SELECT productName, unitPrice FROM nw_products ORDER BY unitPrice DESC LIMIT 1", Check.PAIRS),
                q("trend", "number of orders per month in 1997", "SELECT date_format(orderDate, 'yyyy-MM'), count(*) FROM nw_orders WHERE " + y97 + " GROUP BY 1", Check.PAIRS),
                q("trend", "freight by quarter", "SELECT concat(year(orderDate), '-Q', quarter(orderDate)), sum(freight) FROM nw_orders GROUP BY 1", Check.PAIRS),
                q("trend", "monthly orders in 1998", "SELECT date_format(orderDate, 'yyyy-MM'), count(*) FROM nw_orders WHERE year(orderDate) = 1998 GROUP BY 1", Check.PAIRS),
                q("trend", "total quantity per year", "SELECT cast(year(o.orderDate) AS string), sum(d.quantity) FROM nw_order_details d JOIN nw_orders o ON d.orderID = o.orderID GROUP BY 1", Check.PAIRS),
                q("compare", "freight in 1997 vs 1996", "SELECT 'in 1997', sum(freight) FROM nw_orders WHERE " + y97
                        + " UNION ALL SELECT 'in 1996', sum(freight) FROM nw_orders WHERE year(orderDate) = 1996", Check.PAIRS),
                q("compare", "number of orders shipped to Germany vs France", "SELECT shipCountry, count(*) FROM nw_orders WHERE shipCountry IN ('Germany', 'France') GROUP BY 1", Check.PAIRS),
                q("compare", "total freight year over year", "SELECT 'in 1998', sum(freight) FROM nw_orders WHERE year(orderDate) = 1998"
                        + " UNION ALL SELECT 'in 1997', sum(freight) FROM nw_orders WHERE " + y97, Check.PAIRS),
                q("compare", "share of freight by ship country", "SELECT shipCountry, sum(freight) FROM nw_orders GROUP BY 1", Check.PAIRS),
                q("lookup", "what is the phone of Alfreds Futterkiste", "SELECT phone FROM nw_customers WHERE companyName = 'Alfreds Futterkiste'", Check.CONTAINS),
                q("lookup", "which city is Around the Horn in", "SELECT city FROM nw_customers WHERE companyName = 'Around the Horn'", Check.CONTAINS),
                q("lookup", "what is the unit price of Chai", "SELECT unitPrice FROM nw_products WHERE productName = 'Chai'", Check.CONTAINS),
                q("lookup", "who is the contact name for Alfreds Futterkiste", "SELECT contactName FROM nw_customers WHERE companyName = 'Alfreds Futterkiste'", Check.CONTAINS),
                q("clarify", "how many unicorns did we sell", null, Check.CLARIFY),
                q("clarify", "revenue by country", null, Check.CLARIFY),
                q("clarify", "asdf qwerty zxcv", null, Check.CLARIFY),
                new Q("follow_up", "how many orders in 1997", "SELECT count(*) FROM nw_orders WHERE " + y97, Check.SCALAR, "s1"),
                new Q("follow_up", "and in Germany?", "SELECT count(*) FROM nw_orders WHERE " + y97 + " AND shipCountry = 'Germany'", Check.SCALAR, "s1"),
                new Q("follow_up", "by month", "SELECT date_format(orderDate, 'yyyy-MM'), count(*) FROM nw_orders WHERE " + y97 + " AND shipCountry = 'Germany' GROUP BY 1", Check.PAIRS, "s1"),
                new Q("follow_up", "total freight by ship country", "SELECT shipCountry, sum(freight) FROM nw_orders GROUP BY 1", Check.PAIRS, "s2"),
                new Q("follow_up", "what about 1996?", "SELECT shipCountry, sum(freight) FROM nw_orders WHERE year(orderDate) = 1996 GROUP BY 1", Check.PAIRS, "s2"),
                new Q("follow_up", "why?", null, Check.UNAVAILABLE, "s2"));
    }

    private static Q q(String kind, String question, String gold, Check check) {
        return new Q(kind, question, gold, check, null);
    }

    @Test
    void answersNorthwindQuestionsLikeIndependentSql() {
        answerer.ask("warm up: how many orders");
        Map<String, int[]> byKind = new TreeMap<>();
        List<Long> millis = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Q q : questions()) {
            long start = System.nanoTime();
            Answer a = answerer.ask(q.session(), q.question());
            millis.add((System.nanoTime() - start) / 1_000_000);
            boolean ok = correct(q, a);
            int[] c = byKind.computeIfAbsent(q.kind(), k -> new int[2]);
            c[0] += ok ? 1 : 0;
            c[1]++;
            if (!ok) {
                failures.add(q.question() + " -> " + a.kind() + ": " + a.sentence() + " | " + a.interpretation() + " | " + a.table().rows());
            }
        }
        millis.sort(Long::compare);
        int total = byKind.values().stream().mapToInt(c -> c[1]).sum();
        int right = byKind.values().stream().mapToInt(c -> c[0]).sum();
        StringBuilder report = new StringBuilder("Northwind accuracy by kind:\n");
        byKind.forEach((k, c) -> report.append(String.format("  %-10s %d/%d%n", k, c[0], c[1])));
        report.append(String.format("  overall    %d/%d = %.1f%%%n", right, total, 100.0 * right / total));
        report.append(String.format("Warm latency: p50 %d ms, p95 %d ms, max %d ms over %d questions%n",
                millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1), millis.get(millis.size() - 1), millis.size()));
        failures.forEach(f -> report.append("  FAIL ").append(f).append('\n'));
        System.out.println(report);
        assertThat(total).isGreaterThanOrEqualTo(40);
        assertThat((double) right / total).as(report.toString()).isGreaterThanOrEqualTo(0.8);
    }

    private static boolean correct(Q q, Answer a) {
        switch (q.check()) {
            case CLARIFY:
                return a.isClarification();
            case UNAVAILABLE:
                return a.kind().equals("why") && a.sentence().contains("not available");
            default:
        }
        if (a.isClarification() || a.table().rows().isEmpty()) {
            return false;
        }
        List<Row> gold = spark.sql(q.gold()).collectAsList();
        return switch (q.check()) {
            case SCALAR -> close(a.table().rows().get(0).get(a.table().columns().size() - 1), gold.get(0).get(0));
            case CONTAINS -> a.table().rows().stream().flatMap(List::stream).anyMatch(v -> v != null && same(v, gold.get(0).get(0)));
            case PAIRS -> pairs(a, gold, 1);
            case TRIPLES -> pairs(a, gold, 2);
            default -> false;
        };
    }

    private static boolean pairs(Answer a, List<Row> gold, int keys) {
        Map<List<String>, Object> want = new LinkedHashMap<>();
        for (Row r : gold) {
            List<String> k = new ArrayList<>();
            for (int i = 0; i < keys; i++) {
                k.add(String.valueOf(r.get(i)));
            }
            want.put(k, r.get(keys));
        }
        if (a.table().rows().size() != want.size()) {
            return false;
        }
        for (List<Object> row : a.table().rows()) {
            List<String> k = new ArrayList<>();
            for (int i = 0; i < keys; i++) {
                k.add(String.valueOf(row.get(i)));
            }
            if (!want.containsKey(k) || !close(row.get(keys), want.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(Object v, Object gold) {
        return v instanceof Number || gold instanceof Number ? close(v, gold) : String.valueOf(v).equals(String.valueOf(gold));
    }

    private static boolean close(Object got, Object want) {
        if (!(got instanceof Number g) || !(want instanceof Number w)) {
            return false;
        }
        return Math.abs(g.doubleValue() - w.doubleValue()) <= 1e-6 * Math.max(1, Math.abs(w.doubleValue()));
    }

    static List<String> kinds() {
        return Arrays.asList("aggregate", "breakdown", "top_n", "trend", "compare", "lookup", "clarify", "follow_up");
    }
}
