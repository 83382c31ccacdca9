package io.darkroom.app.doctor;

import io.darkroom.core.config.DarkroomConfig;
import io.darkroom.core.warehouse.DocumentsTable;
import io.darkroom.core.warehouse.EntitiesTable;
import io.darkroom.core.warehouse.FactsTable;
import io.darkroom.core.warehouse.FilesTable;
import io.darkroom.core.warehouse.InsightsTable;
import io.darkroom.core.warehouse.WarehouseTable;
import io.darkroom.ingest.parse.OcrSupport;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Looks at what Darkroom needs on this machine — Java, memory, the home and its warehouse tables,
 * OCR, the CoreNLP models, the Spark master — without starting Spark, so it answers in a second even
 * when Spark itself is what is broken.
 */
public final class Doctor {
    /** CoreNLP's English NER pipeline needs this much heap (see stack-notes); below it enrichment fails. */
    static final long ENRICH_HEAP_BYTES = 3L * 1024 * 1024 * 1024;
    static final long MIN_FREE_DISK_BYTES = 2L * 1024 * 1024 * 1024;
    private static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    private static final List<WarehouseTable> CORE_TABLES = List.of(FilesTable.TABLE, DocumentsTable.TABLE,
            EntitiesTable.TABLE, FactsTable.TABLE, InsightsTable.TABLE);

    private final DarkroomConfig config;
    private final int connectTimeoutMillis;

    public Doctor(DarkroomConfig config, int connectTimeoutMillis) {
        this.config = config;
        this.connectTimeoutMillis = connectTimeoutMillis;
    }

    public List<Check> examine() {
        List<Check> checks = new ArrayList<>();
        checks.add(java());
        checks.add(memory(Runtime.getRuntime().maxMemory()));
        checks.addAll(home());
        checks.add(ocr());
        checks.add(models());
        checks.add(sparkMaster());
        return checks;
    }

    static Check java() {
        int feature = Runtime.version().feature();
        String seen = "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ")";
        return feature >= 17 ? Check.ok("java", seen)
                : Check.fail("java", seen, "install Java 17 or newer (Debian: apt-get install openjdk-17-jdk-headless)");
    }

    static Check memory(long maxHeap) {
        String seen = "max heap " + gib(maxHeap) + ", machine " + gib(physicalMemory());
        return maxHeap >= ENRICH_HEAP_BYTES ? Check.ok("memory", seen)
                : Check.warn("memory", seen + "; enrichment (CoreNLP entities) needs " + gib(ENRICH_HEAP_BYTES),
                "export DARKROOM_JAVA_OPTS=-Xmx4g (or more) before running ./darkroom");
    }

    List<Check> home() {
        URI uri = URI.create(config.homeUri());
        if (!"file".equals(uri.getScheme())) {
            return List.of(Check.ok("home", config.homeUri() + " (remote: not inspected; Spark reads it through Hadoop)"));
        }
        Path home = Path.of(uri);
        List<Check> checks = new ArrayList<>();
        if (!Files.exists(home)) {
            checks.add(Check.warn("home", home + " does not exist yet",
                    "run ./darkroom demo, or ./darkroom ingest <folder> --home " + home));
            return checks;
        }
        if (!Files.isWritable(home)) {
            checks.add(Check.fail("home", home + " is not writable by " + System.getProperty("user.name"),
                    "chown the folder to this user or pick another with --home / DARKROOM_HOME"));
            return checks;
        }
        long free = home.toFile().getUsableSpace();
        checks.add(free >= MIN_FREE_DISK_BYTES ? Check.ok("home", home + ", " + gib(free) + " free")
                : Check.warn("home", home + ", only " + gib(free) + " free", "free disk space: ingest writes text and Delta versions"));
        checks.add(warehouse(home.resolve("warehouse")));
        return checks;
    }

    private static Check warehouse(Path warehouse) {
        List<String> present = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (WarehouseTable table : CORE_TABLES) {
            long version = deltaVersion(warehouse.resolve(table.name()));
            if (version < 0) {
                missing.add(table.name());
            } else {
                present.add(table.name() + " v" + version);
            }
        }
        if (present.isEmpty()) {
            return Check.warn("warehouse", "no tables under " + warehouse, "run ./darkroom ingest <folder> (or ./darkroom demo)");
        }
        String seen = String.join(", ", present) + (missing.isEmpty() ? "" : "; missing " + String.join(", ", missing));
        if (missing.contains(FilesTable.TABLE.name()) || missing.contains(DocumentsTable.TABLE.name())) {
            return Check.fail("warehouse", seen, "run ./darkroom ingest <folder> to create the ledger and documents");
        }
        if (missing.contains(EntitiesTable.TABLE.name()) || missing.contains(FactsTable.TABLE.name())) {
            return Check.warn("warehouse", seen, "run ./darkroom enrich to add entities and facts");
        }
        if (!missing.isEmpty()) {
            return Check.warn("warehouse", seen, "run ./darkroom insights to fill the insight feed");
        }
        return Check.ok("warehouse", seen);
    }

    /** The table's latest Delta commit number, or -1 when the folder holds no Delta log. */
    static long deltaVersion(Path table) {
        Path log = table.resolve("_delta_log");
        if (!Files.isDirectory(log)) {
            return -1;
        }
        try (Stream<Path> files = Files.list(log)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("[0-9]{20}\\.json"))
                    .mapToLong(n -> Long.parseLong(n.substring(0, 20))).max().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    static Check ocr() {
        return OcrSupport.tesseractInstalled() ? Check.ok("ocr", "tesseract found on the PATH: scanned pages are read")
                : Check.warn("ocr", "tesseract is not on the PATH: scanned PDFs and images stay without text",
                "apt-get install tesseract-ocr tesseract-ocr-eng (and other languages you need)");
    }

    static Check models() {
        return Doctor.class.getClassLoader().getResource(NER_MODEL) != null
                ? Check.ok("corenlp models", "English NER models on the classpath")
                : Check.fail("corenlp models", "the CoreNLP models jar is not on the classpath: enrich cannot find entities",
                "rebuild with ./darkroom (Maven fetches edu.stanford.nlp:stanford-corenlp:models) or add the jar with --jars");
    }

    Check sparkMaster() {
        String master = config.sparkMaster();
        if (config.isLocal()) {
            return Check.ok("spark", master + " (embedded, " + Runtime.getRuntime().availableProcessors() + " cores)");
        }
        if (!master.startsWith("spark://")) {
            return Check.ok("spark", master + " (not probed: YARN and Kubernetes are reached through their own clients)");
        }
        List<String> unreachable = new ArrayList<>();
        // A standalone master URL may list several masters for high availability.
        for (String hostPort : master.substring("spark://".length()).split(",")) {
            String[] parts = hostPort.split(":");
            int port = parts.length > 1 ? Integer.parseInt(parts[1].replaceAll("[^0-9]", "")) : 7077;
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(parts[0], port), connectTimeoutMillis);
            } catch (IOException e) {
                unreachable.add(parts[0] + ":" + port + " (" + e.getClass().getSimpleName() + ")");
            }
        }
        return unreachable.isEmpty() ? Check.ok("spark", master + " reachable")
                : Check.fail("spark", "cannot reach " + String.join(", ", unreachable),
                "start the master (deploy/local-cluster start), check the host/port and firewall, or use --master local[*]");
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return -1;
    }

    static String gib(long bytes) {
        return bytes < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }
}
