package io.darkroom.ingest.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Opens a discovered file on an executor: local paths with java.nio, URIs through Hadoop's
 * {@code FileSystem} with the configuration the driver shipped. Parsers that need random access
 * (PDFBox) can spool a remote stream with {@code TikaInputStream.get(InputStream)}.
 */
public final class SourceFileReader {
    private final HadoopConf conf;

    public SourceFileReader(HadoopConf conf) {
        this.conf = conf;
    }

    public InputStream open(SourceFile file) throws IOException {
        if (file.isLocal()) {
            return Files.newInputStream(Path.of(file.path()));
        }
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file.path());
        return path.getFileSystem(conf.get()).open(path);
    }

    /** Lower-case hex SHA-256 of the file's bytes, as the ledger's {@code sha256} column holds it. */
    public String sha256(SourceFile file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = open(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
