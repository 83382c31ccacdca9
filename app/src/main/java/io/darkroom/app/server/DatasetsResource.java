package io.darkroom.app.server;

import io.darkroom.core.catalog.Catalog;
import io.darkroom.ingest.imports.ImportSummary;
import io.darkroom.ingest.imports.StructuredImport;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * {@code POST /api/datasets}: a multipart CSV/XLSX/XLS/ODS upload becomes a dataset through the same
 * import code as {@code darkroom import}. The type is sniffed from the bytes (Tika), never taken from
 * the name or the client's Content-Type; the file is stored under a name the server makes up.
 */
final class DatasetsResource {
    /** Sniffed type → the extension the importer reads it by. */
    private static final Map<String, String> TYPES = Map.of(
            "text/plain", "csv",
            "text/csv", "csv",
            "text/tab-separated-values", "tsv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
            "application/vnd.ms-excel", "xls",
            "application/x-tika-msoffice", "xls",
            "application/vnd.oasis.opendocument.spreadsheet", "ods");
    private static final Tika TIKA = new Tika();
    /** An import profiles the new table and rebuilds the catalog: minutes for a large file, not a question's 30 s. */
    private static final java.time.Duration IMPORT_TIMEOUT = java.time.Duration.ofMinutes(10);

    private final CatalogState state;
    private final SparkGate gate;
    private final ServerConfig config;
    private final Path home;

    DatasetsResource(CatalogState state, SparkGate gate, ServerConfig config, Path home) {
        this.state = state;
        this.gate = gate;
        this.config = config;
        this.home = home;
    }

    void upload(Context ctx) throws IOException {
        if (ctx.contentLength() > config.maxUploadBytes()) {
            throw tooLarge();
        }
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw ApiError.badRequest("Send the file as multipart/form-data with a part named 'file'");
        }
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null) {
            throw ApiError.badRequest("Send the file as multipart/form-data with a part named 'file'");
        }
        if (file.size() > config.maxUploadBytes()) {
            throw tooLarge();
        }
        String name = datasetName(ctx.formParam("name"), file.filename());
        state.warehouse();
        Path dir = home.resolve("uploads").resolve(UUID.randomUUID().toString());
        Files.createDirectories(dir);
        Path stored;
        try {
            Path tmp = dir.resolve("upload.bin");
            try (InputStream in = file.content()) {
                long copied = Files.copy(in, tmp);
                if (copied > config.maxUploadBytes()) {
                    throw tooLarge();
                }
            }
            String extension = extension(tmp, file.filename());
            stored = dir.resolve(name + "." + extension);
            Files.move(tmp, stored);
        } catch (ApiError | IOException e) {
            deleteQuietly(dir);
            throw e;
        }
        String runId = "upload-" + Instant.now().toString().replaceAll("[^0-9TZ]", "");
        record Imported(ImportSummary summary, Catalog catalog) {
        }
        Imported result = gate.call("upload", IMPORT_TIMEOUT.compareTo(config.requestTimeout()) > 0 ? IMPORT_TIMEOUT : config.requestTimeout(), () -> {
            ImportSummary summary = new StructuredImport(state.warehouse()).importPath(stored.toString(), name, runId);
            return new Imported(summary, summary.datasets().isEmpty() ? null : state.rebuild());
        });
        if (result.summary().datasets().isEmpty()) {
            throw ApiError.badRequest("Cannot import the upload: " + String.join("; ", result.summary().problems()));
        }
        List<String> datasets = result.summary().datasets().stream().map(d -> d.startsWith("datasets/") ? d : "datasets/" + d).toList();
        JsonBodies.write(ctx, 201, Map.of("datasets", datasets, "rows", result.summary().rows(),
                "problems", result.summary().problems(), "catalogVersion", result.catalog().version()));
    }

    /** The importer's extension for the sniffed type; 415 for anything that is not a table file. */
    static String extension(Path file, String clientName) throws IOException {
        String mime;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            mime = TIKA.detect(in);
        }
        String ext = TYPES.get(mime);
        if (ext == null) {
            throw new ApiError(415, "unsupported_media_type", "The upload is " + mime + "; send a CSV, TSV, XLSX, XLS or ODS file");
        }
        String lower = clientName == null ? "" : clientName.toLowerCase(Locale.ROOT);
        // Plain text is CSV unless the user says tab-separated; the importer sniffs the delimiter anyway.
        return ext.equals("csv") && lower.endsWith(".tsv") ? "tsv" : ext;
    }

    /** lower_snake_case from the form's name or the file name's last segment: no path can survive it. */
    static String datasetName(String requested, String fileName) {
        String base = requested != null && !requested.isBlank() ? requested : fileName == null ? "upload" : fileName;
        base = base.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        if (requested == null || requested.isBlank()) {
            int dot = base.lastIndexOf('.');
            base = dot > 0 ? base.substring(0, dot) : base;
        }
        String safe = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (safe.isEmpty()) {
            safe = "upload";
        }
        if (!Character.isLetter(safe.charAt(0))) {
            safe = "d_" + safe;
        }
        return safe.length() > 60 ? safe.substring(0, 60) : safe;
    }

    private ApiError tooLarge() {
        return new ApiError(413, "payload_too_large", "The upload is larger than " + config.maxUploadBytes() / (1024 * 1024)
                + " MiB; split it or ask the operator to raise --max-upload-mb");
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            org.slf4j.LoggerFactory.getLogger(DatasetsResource.class).warn("Cannot remove the failed upload {}: {}", dir, e.toString());
        }
    }
}
