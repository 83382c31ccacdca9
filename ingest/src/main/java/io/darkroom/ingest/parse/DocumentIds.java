package io.darkroom.ingest.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The contract's stable document id: lower-case hex SHA-256 of {@code path + "\0" + embeddedPath}. */
public final class DocumentIds {
    private DocumentIds() {
    }

    public static String of(String filePath, String embeddedPath) {
        MessageDigest sha = sha256();
        sha.update(filePath.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(embeddedPath.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }
}
