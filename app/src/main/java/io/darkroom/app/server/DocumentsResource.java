package io.darkroom.app.server;

import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.core.warehouse.EntitiesTable;
import io.darkroom.core.warehouse.FactsTable;
import io.darkroom.core.warehouse.FilesTable;
import io.darkroom.core.warehouse.Warehouse;
import io.javalin.http.Context;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;

/**
 * Document search and view over the {@code documents}, {@code entities}, {@code facts} and
 * {@code files} tables, and the download of a document's source file, which is served only from
 * inside a configured source folder (canonical paths, so {@code ..} and symlinks cannot leave it).
 */
final class DocumentsResource {
    private static final int SNIPPET = 160;

    record Hit(String id, String title, String path, String mime, String type, LocalDate date, String parentId,
               Integer wordCount, String snippet) {
    }

    record Email(String from, List<String> to, List<String> cc, String subject, Instant sentAt, String messageId,
                 String inReplyTo, String threadId) {
    }

    record Entity(String type, String text, int begin, int end, int sentence, String canonical, String normalized,
                  BigDecimal amount, String currency, LocalDate date) {
    }

    record Link(String id, String title, String mime, String embeddedPath) {
    }

    record DocumentView(String id, String path, String parentId, String embeddedPath, int depth, String title, String author,
                        String mime, String language, String type, LocalDate date, Instant created, Instant modified,
                        Integer pages, Integer wordCount, Email email, String text, Map<String, String> metadata,
                        List<Entity> entities, Link parent, List<Link> attachments, boolean originalAvailable) {
    }

    private final CatalogState state;
    private final SparkGate gate;
    private final ServerConfig config;

    DocumentsResource(CatalogState state, SparkGate gate, ServerConfig config) {
        this.state = state;
        this.gate = gate;
        this.config = config;
    }

    void search(Context ctx) {
        String q = ctx.queryParam("q");
        String type = ctx.queryParam("type");
        LocalDate from = day(ctx, "from");
        LocalDate to = day(ctx, "to");
        JsonBodies.Page page = JsonBodies.Page.of(ctx);
        List<String> words = q == null ? List.of() : List.of(q.toLowerCase(Locale.ROOT).strip().split("\\s+")).stream()
                .filter(w -> !w.isEmpty()).toList();
        if (words.size() > 20) {
            throw ApiError.badRequest("Search for at most 20 words");
        }
        Warehouse w = state.warehouse(DarkroomServer.scope(ctx));
        JsonBodies.Paged<Hit> result = gate.call("documents", () -> {
            Dataset<Row> docs = withFacts(w, w.read(DocumentsTable.TABLE).select(col(DocumentsTable.DOC_ID),
                    col(DocumentsTable.TITLE), col(DocumentsTable.FILE_PATH), col(DocumentsTable.MIME), col(DocumentsTable.PARENT_ID),
                    col(DocumentsTable.WORD_COUNT), col(DocumentsTable.TEXT)));
            for (String word : words) {
                // contains(), not LIKE: the user's % and _ stay literal.
                docs = docs.filter(lower(coalesce(col(DocumentsTable.TITLE), lit(""))).contains(word)
                        .or(lower(coalesce(col(DocumentsTable.TEXT), lit(""))).contains(word)));
            }
            if (type != null && !type.isBlank()) {
                docs = docs.filter(col(FactsTable.DOC_TYPE).equalTo(type.strip()));
            }
            if (from != null) {
                docs = docs.filter(col(FactsTable.DAY).geq(lit(Date.valueOf(from))));
            }
            if (to != null) {
                docs = docs.filter(col(FactsTable.DAY).leq(lit(Date.valueOf(to))));
            }
            docs = docs.cache();
            try {
                long total = docs.count();
                List<Row> rows = docs.orderBy(col(FactsTable.DAY).desc_nulls_last(), col(DocumentsTable.DOC_ID))
                        .limit(page.offset() + page.limit()).collectAsList();
                List<Hit> hits = new ArrayList<>();
                for (Row r : rows.subList(Math.min(page.offset(), rows.size()), rows.size())) {
                    Date day = r.getAs(FactsTable.DAY);
                    hits.add(new Hit(r.getAs(DocumentsTable.DOC_ID), r.getAs(DocumentsTable.TITLE), r.getAs(DocumentsTable.FILE_PATH),
                            r.getAs(DocumentsTable.MIME), r.getAs(FactsTable.DOC_TYPE), day == null ? null : day.toLocalDate(),
                            r.getAs(DocumentsTable.PARENT_ID), r.getAs(DocumentsTable.WORD_COUNT),
                            snippet(r.getAs(DocumentsTable.TEXT), words)));
                }
                return new JsonBodies.Paged<>(hits, total, page.limit(), page.offset());
            } finally {
                docs.unpersist();
            }
        });
        JsonBodies.write(ctx, 200, result);
    }

    void one(Context ctx) {
        String id = ctx.pathParam("id");
        Warehouse visible = state.warehouse(DarkroomServer.scope(ctx));
        JsonBodies.write(ctx, 200, gate.call("document", () -> view(visible, id)));
    }

    void original(Context ctx) {
        String id = ctx.pathParam("id");
        Warehouse visible = state.warehouse(DarkroomServer.scope(ctx));
        Row row = gate.call("original", () -> row(visible, id));
        String stored = row.getAs(DocumentsTable.FILE_PATH);
        Path file = servable(stored);
        String mime = gate.call("original-mime", () -> ledgerMime(visible, stored));
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw ApiError.notFound("The original of '" + id + "' cannot be read any more");
        }
        String name = file.getFileName().toString().replaceAll("[\"\\\\\\r\\n]", "_");
        ctx.contentType(mime == null ? "application/octet-stream" : mime)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .result(in);
    }

    private DocumentView view(Warehouse w, String id) {
        Dataset<Row> docs = w.read(DocumentsTable.TABLE);
        // The document and its attachments in one pass over the table.
        Row r = null;
        List<Link> attachments = new ArrayList<>();
        for (Row d : docs.filter(col(DocumentsTable.DOC_ID).equalTo(id).or(col(DocumentsTable.PARENT_ID).equalTo(id)))
                .orderBy(col(DocumentsTable.EMBEDDED_PATH)).collectAsList()) {
            if (id.equals(d.getAs(DocumentsTable.DOC_ID))) {
                r = d;
            } else {
                attachments.add(link(d));
            }
        }
        if (r == null) {
            throw ApiError.notFound("There is no document '" + id + "'");
        }
        List<Entity> entities = new ArrayList<>();
        if (w.exists(EntitiesTable.TABLE)) {
            for (Row e : w.read(EntitiesTable.TABLE).filter(col(EntitiesTable.DOC_ID).equalTo(id))
                    .orderBy(col(EntitiesTable.BEGIN), col(EntitiesTable.END)).collectAsList()) {
                Date d = e.getAs(EntitiesTable.DATE_VALUE);
                entities.add(new Entity(e.getAs(EntitiesTable.TYPE), e.getAs(EntitiesTable.TEXT), e.<Integer>getAs(EntitiesTable.BEGIN),
                        e.<Integer>getAs(EntitiesTable.END), e.<Integer>getAs(EntitiesTable.SENTENCE), e.getAs(EntitiesTable.CANONICAL),
                        e.getAs(EntitiesTable.NORMALIZED), e.getAs(EntitiesTable.AMOUNT), e.getAs(EntitiesTable.CURRENCY),
                        d == null ? null : d.toLocalDate()));
            }
        }
        String parentId = r.getAs(DocumentsTable.PARENT_ID);
        Link parent = null;
        if (parentId != null) {
            List<Row> p = docs.filter(col(DocumentsTable.DOC_ID).equalTo(parentId)).limit(1).collectAsList();
            parent = p.isEmpty() ? null : link(p.get(0));
        }
        String type = null;
        LocalDate date = null;
        if (w.exists(FactsTable.TABLE)) {
            List<Row> f = w.read(FactsTable.TABLE).filter(col(FactsTable.DOC_ID).equalTo(id))
                    .select(FactsTable.DOC_TYPE, FactsTable.DAY).limit(1).collectAsList();
            if (!f.isEmpty()) {
                type = f.get(0).getString(0);
                date = f.get(0).isNullAt(1) ? null : f.get(0).getDate(1).toLocalDate();
            }
        }
        boolean available;
        try {
            servable(r.getAs(DocumentsTable.FILE_PATH));
            available = true;
        } catch (ApiError e) {
            available = false;
        }
        String from = r.getAs(DocumentsTable.EMAIL_FROM);
        String subject = r.getAs(DocumentsTable.SUBJECT);
        Email email = from == null && subject == null && r.getAs(DocumentsTable.MESSAGE_ID) == null ? null
                : new Email(from, strings(r, DocumentsTable.EMAIL_TO), strings(r, DocumentsTable.EMAIL_CC), subject,
                instant(r, DocumentsTable.SENT_AT), r.getAs(DocumentsTable.MESSAGE_ID), r.getAs(DocumentsTable.IN_REPLY_TO),
                r.getAs(DocumentsTable.THREAD_ID));
        Map<String, String> metadata = r.isNullAt(r.fieldIndex(DocumentsTable.METADATA)) ? Map.of()
                : new java.util.TreeMap<>(r.getJavaMap(r.fieldIndex(DocumentsTable.METADATA)));
        return new DocumentView(id, r.getAs(DocumentsTable.FILE_PATH), parentId, r.getAs(DocumentsTable.EMBEDDED_PATH),
                r.<Integer>getAs(DocumentsTable.DEPTH), r.getAs(DocumentsTable.TITLE), r.getAs(DocumentsTable.AUTHOR),
                r.getAs(DocumentsTable.MIME), r.getAs(DocumentsTable.LANGUAGE), type, date, instant(r, DocumentsTable.CREATED),
                instant(r, DocumentsTable.MODIFIED), r.getAs(DocumentsTable.PAGES), r.getAs(DocumentsTable.WORD_COUNT), email,
                r.getAs(DocumentsTable.TEXT), metadata, entities, parent, attachments, available);
    }

    /**
     * The file to serve for a stored path, or 403/404. Judged by its real path (".." and symlinks
     * resolved), so neither a stored "share/../etc" nor a symlink inside a root can lead out of it,
     * while a root reached through a symlinked parent still works.
     */
    Path servable(String stored) {
        Path file;
        try {
            file = stored.startsWith("file:") ? Path.of(URI.create(stored)) : Path.of(stored);
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw ApiError.forbidden("The original of this document is not a local file; it cannot be downloaded here");
        }
        if (!file.isAbsolute()) {
            throw outsideSources();
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw ApiError.notFound("The original of this document is no longer on disk");
        }
        if (!config.insideSourceRoot(real) || !Files.isRegularFile(real)) {
            throw outsideSources();
        }
        return real;
    }

    private static ApiError outsideSources() {
        return ApiError.forbidden("The original of this document lies outside the folders this server may serve"
                + " (--source); ask the operator to add its folder");
    }

    private static Row row(Warehouse w, String id) {
        List<Row> rows = w.read(DocumentsTable.TABLE).filter(col(DocumentsTable.DOC_ID).equalTo(id)).limit(1).collectAsList();
        if (rows.isEmpty()) {
            throw ApiError.notFound("There is no document '" + id + "'");
        }
        return rows.get(0);
    }

    private static String ledgerMime(Warehouse w, String path) {
        if (!w.exists(FilesTable.TABLE)) {
            return null;
        }
        List<Row> rows = w.read(FilesTable.TABLE).filter(col(FilesTable.PATH).equalTo(path)).select(FilesTable.MIME)
                .limit(1).collectAsList();
        return rows.isEmpty() ? null : rows.get(0).getString(0);
    }

    private static Dataset<Row> withFacts(Warehouse w, Dataset<Row> docs) {
        if (!w.exists(FactsTable.TABLE)) {
            return docs.withColumn(FactsTable.DOC_TYPE, lit(null).cast("string")).withColumn(FactsTable.DAY, lit(null).cast("date"));
        }
        Dataset<Row> facts = w.read(FactsTable.TABLE).select(col(FactsTable.DOC_ID).as("f_id"), col(FactsTable.DOC_TYPE), col(FactsTable.DAY));
        Column on = docs.col(DocumentsTable.DOC_ID).equalTo(facts.col("f_id"));
        return docs.join(facts, on, "left").drop("f_id");
    }

    private static Link link(Row r) {
        return new Link(r.getAs(DocumentsTable.DOC_ID), r.getAs(DocumentsTable.TITLE), r.getAs(DocumentsTable.MIME),
                r.getAs(DocumentsTable.EMBEDDED_PATH));
    }

    private static List<String> strings(Row r, String field) {
        int i = r.fieldIndex(field);
        return r.isNullAt(i) ? List.of() : List.copyOf(r.getList(i));
    }

    private static Instant instant(Row r, String field) {
        Timestamp t = r.getAs(field);
        return t == null ? null : t.toInstant();
    }

    static String snippet(String text, List<String> words) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int at = words.isEmpty() ? -1 : text.toLowerCase(Locale.ROOT).indexOf(words.get(0));
        int start = Math.max(0, at < 0 ? 0 : at - SNIPPET / 2);
        int end = Math.min(text.length(), start + SNIPPET);
        String s = text.substring(start, end).replaceAll("\\s+", " ").strip();
        return (start > 0 ? "… " : "") + s + (end < text.length() ? " …" : "");
    }

    private static LocalDate day(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("The parameter '" + name + "' must be a day like 2024-03-01, got '" + v + "'");
        }
    }
}
