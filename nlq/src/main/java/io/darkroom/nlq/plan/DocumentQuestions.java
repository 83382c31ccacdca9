package io.darkroom.nlq.plan;

import io.darkroom.core.catalog.Relation;
import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.core.warehouse.FactsTable;
import io.darkroom.nlq.resolve.Cues;
import io.darkroom.nlq.resolve.Match;
import io.darkroom.nlq.resolve.Resolution;
import io.darkroom.nlq.resolve.Target;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Questions about the documents themselves rather than a measure of them: a search of their text
 * ("find e-mails about delivery delays", "which invoices are overdue") and the lookup of one document
 * by the code in its title ("what is the amount of invoice INV-2023-00003").
 */
final class DocumentQuestions {
    /** The documents' text lives in the documents table, one row per fact: searches join it by document id. */
    static final Relation DOCUMENT_TEXT = new Relation(FactsTable.TABLE.name(), FactsTable.DOC_ID,
            DocumentsTable.TABLE.name(), DocumentsTable.DOC_ID, 1, 1, 1);

    private final PlanContext ctx;

    DocumentQuestions(PlanContext ctx) {
        this.ctx = ctx;
    }

    /** Whether the match can mean a document type ("invoices", "e-mails"). */
    static boolean namesDocumentType(Match m) {
        return m.targetsOf(Target.ValueTarget.class).stream().anyMatch(DocumentQuestions::isDocumentType);
    }

    private static boolean isDocumentType(Target.ValueTarget v) {
        return v.table().equals(FactsTable.TABLE.name()) && v.column().equals(FactsTable.DOC_TYPE);
    }

    /** A code with a question word, not a count or a ranking, over a warehouse that has documents. */
    boolean looksUpByCode(Resolution r) {
        return !r.cues().search() && r.cues().lookup() && !r.cues().count() && r.rank() == null
                && ctx.catalog().table(FactsTable.TABLE.name()).isPresent() && !DocumentWords.codes(r.question().text()).isEmpty();
    }

    /** A search cue ("find", "documents about"), or documents of a type listed by words. */
    boolean asksForDocuments(Resolution r) {
        return r.cues().search() || listsDocumentsByWords(r);
    }

    /**
     * Documents whose text (joined from the documents table) or title holds the question's words: document
     * types and dates it names filter, codes ("PO-54998", "INV-2023-00003") must occur, every other
     * phrase and content word ranks.
     */
    QueryPlan search(Resolution r) {
        String facts = FactsTable.TABLE.name();
        if (ctx.catalog().table(facts).isEmpty()) {
            return new QueryPlan.Clarify("There are no documents to search yet: ingest and enrich files first.", List.of());
        }
        Scope scope = Scope.of(facts).withJoins(List.of(DOCUMENT_TEXT));
        Set<String> filtering = new java.util.HashSet<>();
        for (Match m : r.matches()) {
            List<Target.ValueTarget> types = m.targetsOf(Target.ValueTarget.class).stream().filter(DocumentQuestions::isDocumentType).toList();
            if (!types.isEmpty()) {
                ColumnRef type = ctx.ref(types.get(0));
                List<String> values = new ArrayList<>(scope.conditions().stream().filter(c -> c.column().equals(type))
                        .flatMap(c -> c.values().stream()).toList());
                values.add(types.get(0).value());
                scope = scope.withCondition(new Condition(type, m.negated() ? Condition.Op.NOT_IN : Condition.Op.IN, values), List.of());
                filtering.add(m.text());
            } else if (m.targetsOf(Target.TableTarget.class).stream().anyMatch(t -> t.table().equals(facts))) {
                filtering.add(m.text());
            }
        }
        Optional<PlanContext.Placed> time = ctx.timeColumn(facts);
        if (time.isPresent() && !r.question().dates().isEmpty()) {
            ColumnRef day = ctx.ref(time.get().target());
            scope = scope.withDate(new DateFilter(day, r.question().dates().get(0).spec().resolve(ctx.reference(day))));
        }
        List<String> codes = DocumentWords.codes(r.question().text());
        List<String> words = r.keywords().stream().filter(k -> !filtering.contains(k) && !DocumentWords.SEARCH_VERBS.contains(k))
                .filter(k -> codes.stream().noneMatch(c -> DocumentWords.normalized(c).contains(DocumentWords.normalized(k))))
                .toList();
        List<String> ranked = new ArrayList<>(new LinkedHashSet<>(words));
        ranked.removeIf(k -> DocumentWords.normalized(k).isBlank());
        if (ranked.isEmpty() && codes.isEmpty()) {
            return new QueryPlan.Clarify("Which words should the documents contain?", List.of("documents mentioning invoice"));
        }
        List<ColumnRef> text = List.of(new ColumnRef(facts, FactsTable.TITLE, "title"),
                new ColumnRef(DOCUMENT_TEXT.toTable(), DocumentsTable.TEXT, "text"));
        return new QueryPlan.DocumentSearch(text, ranked, codes, scope, 20);
    }

    /**
     * "which customer is invoice INV-2023-00002 for", "when was invoice INV-2023-00001 issued": the document
     * whose title carries the code, and the columns the question names (else what it is and when). Years
     * inside the code are part of it, not a date filter.
     */
    QueryPlan lookupByCode(Resolution r) {
        String facts = FactsTable.TABLE.name();
        List<String> codes = DocumentWords.codes(r.question().text());
        ColumnRef title = new ColumnRef(facts, FactsTable.TITLE, "title");
        Scope scope = Scope.of(facts).withCondition(new Condition(title, Condition.Op.CONTAINS, List.of(codes.get(0))), List.of());
        List<ColumnRef> asked = new ArrayList<>();
        for (Match m : r.matches()) {
            if (namesDocumentType(m)) {
                continue;
            }
            Optional<PlanContext.Placed> placed = ctx.place(m, facts);
            if (placed.isEmpty() || !placed.get().path().isEmpty()) {
                continue;
            }
            Target t = placed.get().target();
            if (t instanceof Target.MeasureTarget mt && mt.measure().column() != null) {
                asked.add(new ColumnRef(facts, mt.measure().column(), mt.measure().column()));
            } else if (t instanceof Target.DimensionTarget || t instanceof Target.ColumnTarget) {
                asked.add(ctx.ref(t));
            }
        }
        String text = r.question().text();
        if (text.startsWith("when ")) {
            // the day, not a timestamp: documents carry no meaningful time of day
            asked.add(ctx.profile(facts, FactsTable.DAY) != null ? new ColumnRef(facts, FactsTable.DAY, "day")
                    : ctx.timeColumn(facts).filter(p -> p.path().isEmpty()).map(p -> ctx.ref(p.target())).orElse(title));
        }
        if (text.startsWith("who ") && asked.isEmpty()) {
            ctx.personDimension(facts).ifPresent(asked::add);
        }
        if (asked.isEmpty()) {
            // "what is the value of contract CTR-2025-015": what the document is, when, and its amount
            asked.add(new ColumnRef(facts, FactsTable.DOC_TYPE, "doc type"));
            ctx.timeColumn(facts).filter(p -> p.path().isEmpty()).ifPresent(p -> asked.add(ctx.ref(p.target())));
            ctx.mainAmount(facts).ifPresent(m -> asked.add(new ColumnRef(facts, m.column(), m.column())));
        }
        asked.add(title);
        return new QueryPlan.Lookup(List.copyOf(new LinkedHashSet<>(asked)), scope, 50);
    }

    /**
     * "which invoices are overdue", "show me meeting notes about logistics planning": documents of a type
     * listed by words the catalog does not know (or after "about") — not a count, a ranking or a trend.
     */
    private static boolean listsDocumentsByWords(Resolution r) {
        Cues c = r.cues();
        boolean plainList = c.lookup() && !c.count() && c.aggregate() == Cues.Aggregate.NONE && c.grain() == null && !c.anyInsight()
                && c.compare() == Cues.CompareCue.NONE && r.rank() == null && r.numbers().isEmpty();
        boolean namesTypes = r.matches().stream().anyMatch(DocumentQuestions::namesDocumentType);
        boolean onlyTypes = r.matches().stream().allMatch(m -> m.has(Target.ValueTarget.class) || m.has(Target.TableTarget.class));
        boolean about = ABOUT.matcher(r.question().text().toLowerCase(java.util.Locale.ROOT)).find();
        return plainList && namesTypes && onlyTypes && (about || !r.unknown().isEmpty());
    }

    private static final java.util.regex.Pattern ABOUT = java.util.regex.Pattern.compile(
            "\\b(about|regarding|concerning|mentioning|mention|mentions|containing|that contain|on the subject of)\\b");
}
