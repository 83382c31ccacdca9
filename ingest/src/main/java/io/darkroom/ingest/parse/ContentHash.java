package io.darkroom.ingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * SHA-256 of a file's bytes for the ledger. Read separately from Tika because parsers such as
 * PDFBox read the file by random access and would bypass a digesting stream.
 */
public final class ContentHash {
    private ContentHash() {
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest sha = DocumentIds.sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
