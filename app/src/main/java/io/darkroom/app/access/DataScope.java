package io.darkroom.app.access;

import io.darkroom.core.warehouse.DatasetRegistryTable;
import io.darkroom.core.warehouse.FactsTable;
import io.darkroom.core.warehouse.RowVisibility;
import io.darkroom.core.warehouse.Warehouse;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * What one set of groups may see under an {@link AccessPolicy}: the files of the sources whose rule
 * names one of the groups, the datasets likewise, and everything derived from them. Two keys with the
 * same groups share a scope (and the server's caches for it).
 *
 * <p>Insights are stored for the whole warehouse, so an insight is visible only when every row it was
 * computed from is: a dataset insight with its dataset, a document insight only when the scope sees all
 * documents (otherwise a count or trend would include hidden documents).
 */
public record DataScope(AccessPolicy policy, Set<String> groups) {
    public DataScope {
        groups = Set.copyOf(groups);
    }

    /** Nothing is hidden from this scope. */
    public boolean everything() {
        return policy.open() || groups.contains(AccessPolicy.ALL_DATA);
    }

    /** Whether one ingested file (or a file a dataset was imported from) is visible. */
    public boolean pathVisible(String path) {
        if (everything()) {
            return true;
        }
        return policy.sourceRule(path).map(this::allows).orElse(policy.unlistedVisible());
    }

    /** Whether one dataset is visible: its name rule, else the rule of the file it came from. */
    public boolean datasetVisible(String dataset, String sourcePath) {
        if (everything()) {
            return true;
        }
        Optional<AccessPolicy.DatasetRule> byName = policy.datasetRule(dataset);
        if (byName.isPresent()) {
            return allows(byName.get().groups());
        }
        return sourcePath == null ? policy.unlistedVisible() : pathVisible(sourcePath);
    }

    /**
     * The row filter of a warehouse view for this scope ({@link Warehouse#restrictedTo}). Each call gives a
     * new filter: it reads the dataset registry and checks the documents once, then keeps the answer for
     * the life of that view.
     */
    public RowVisibility rows() {
        return new ScopedRows(this);
    }

    /** The Spark form of {@link #pathVisible(String)}: the longest matching rule decides, in one CASE. */
    Column pathVisible(Column path) {
        Column p = functions.regexp_replace(path, AccessPolicy.FILE_SCHEME, "");
        Column decision = null;
        for (AccessPolicy.SourceRule r : policy.sources()) {
            Column covers = p.equalTo(lit(r.prefix())).or(p.startsWith(r.under()));
            decision = decision == null ? functions.when(covers, lit(allows(r))) : decision.when(covers, lit(allows(r)));
        }
        return decision == null ? lit(policy.unlistedVisible()) : decision.otherwise(lit(policy.unlistedVisible()));
    }

    /** Warehouse names ("datasets/x") of the datasets this scope sees. */
    List<String> visibleDatasetTables(Warehouse unrestricted) {
        if (!unrestricted.exists(DatasetRegistryTable.TABLE)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Row r : unrestricted.read(DatasetRegistryTable.TABLE)
                .select(DatasetRegistryTable.DATASET, DatasetRegistryTable.TABLE_NAME, DatasetRegistryTable.SOURCE_PATH).collectAsList()) {
            if (datasetVisible(r.getString(0), r.getString(2))) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    /**
     * The tables whose insights this scope may see: its datasets, and the document facts only when no
     * document is hidden from it (a feed number over the facts would otherwise include hidden documents).
     */
    public List<String> insightTables(Warehouse unrestricted) {
        return new ScopedRows(this).insightTables(unrestricted);
    }

    boolean seesAllDocuments(Warehouse unrestricted) {
        return !unrestricted.exists(FactsTable.TABLE)
                || unrestricted.read(FactsTable.TABLE).filter(functions.not(pathVisible(col(FactsTable.FILE_PATH)))).isEmpty();
    }

    private boolean allows(AccessPolicy.SourceRule rule) {
        return allows(rule.groups());
    }

    private boolean allows(Set<String> allowed) {
        return allowed.stream().anyMatch(groups::contains);
    }
}
