package io.darkroom.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.darkroom.core.DarkroomException;
import io.darkroom.core.ErrorCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The API keys of a Darkroom home, kept in {@code <home>/api-keys.yaml} as SHA-256 hashes: the key
 * itself is shown once, when it is created, and never stored.
 */
public final class ApiKeys {
    public static final String FILE = "api-keys.yaml";
    private static final String PREFIX = "drk_";
    /** Key names and group names: what fits a YAML scalar and a log line unquoted. */
    private static final String NAME = "[A-Za-z0-9_.@-]{1,64}";
    private static final YAMLMapper YAML = new YAMLMapper();

    /**
     * One key: who it is for, what it may do, the hex SHA-256 of the key text, and the groups whose
     * data it may see (the rules are in {@code <home>/access.yaml}; without that file groups do not matter).
     */
    public record Key(String name, Role role, String sha256, Instant created, List<String> groups) {
        public Key {
            groups = groups == null ? List.of() : List.copyOf(groups);
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
            if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("Cannot use key '" + name + "': sha256 must be 64 hex digits");
            }
        }
    }

    /** A freshly created key: the text to hand out (once) and its stored form. */
    public record Created(String secret, Key key) {
    }

    private final List<Key> keys;

    public ApiKeys(List<Key> keys) {
        this.keys = List.copyOf(keys);
    }

    public List<Key> keys() {
        return keys;
    }

    /** The key whose hash matches; constant-time per comparison so timing does not leak a prefix. */
    public Optional<Key> authenticate(String presented) {
        if (presented == null || presented.isBlank()) {
            return Optional.empty();
        }
        byte[] hash = HexFormat.of().parseHex(sha256(presented.strip()));
        Key found = null;
        for (Key k : keys) {
            if (MessageDigest.isEqual(hash, HexFormat.of().parseHex(k.sha256()))) {
                found = k;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Reads the keys file; no file means no keys (every /api call is then refused). */
    public static ApiKeys read(Path home) {
        Path file = home.resolve(FILE);
        if (!Files.exists(file)) {
            return new ApiKeys(List.of());
        }
        try {
            JsonNode root = YAML.readTree(file.toFile());
            List<Key> out = new ArrayList<>();
            for (JsonNode k : root == null ? YAML.createArrayNode() : root.path("keys")) {
                List<String> groups = new ArrayList<>();
                k.path("groups").forEach(g -> groups.add(g.asText()));
                out.add(new Key(k.path("name").asText(), Role.parse(k.path("role").asText()), k.path("sha256").asText(),
                        k.hasNonNull("created") ? Instant.parse(k.get("created").asText()) : null, groups));
            }
            return new ApiKeys(out);
        } catch (IOException | IllegalArgumentException | DarkroomException | java.time.format.DateTimeParseException e) {
            throw new DarkroomException(ErrorCode.INVALID_CONFIG, "Cannot read API keys from " + file + ": " + e.getMessage()
                    + "; fix the file or move it away and create keys again with 'darkroom serve --new-key NAME'", null, e);
        }
    }

    /** Creates a key, appends its hash to the keys file and returns the key text (the only time it exists). */
    public static Created create(Path home, String name, Role role, SecureRandom random) {
        return create(home, name, role, List.of(), random);
    }

    /** As {@link #create(Path, String, Role, SecureRandom)}, for a key that sees the data of {@code groups}. */
    public static Created create(Path home, String name, Role role, List<String> groups, SecureRandom random) {
        for (String g : groups) {
            if (!g.matches(NAME + "|\\*")) {
                throw DarkroomException.userInput("Cannot give the key '" + name + "' the group '" + g
                        + "': use 1-64 letters, digits, '.', '_', '@' or '-', or * for all data");
            }
        }
        if (name == null || !name.matches(NAME)) {
            throw DarkroomException.userInput("Cannot create an API key named '" + name
                    + "': use 1-64 letters, digits, '.', '_', '@' or '-'");
        }
        ApiKeys existing = read(home);
        if (existing.keys.stream().anyMatch(k -> k.name().equals(name))) {
            throw DarkroomException.userInput("Cannot create an API key named '" + name + "': one exists; pick another name"
                    + " or remove it from " + home.resolve(FILE));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Key key = new Key(name, role, sha256(secret), Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), groups);
        List<Key> all = new ArrayList<>(existing.keys);
        all.add(key);
        write(home, all);
        return new Created(secret, key);
    }

    private static void write(Path home, List<Key> keys) {
        ObjectNode root = YAML.createObjectNode();
        ArrayNode list = root.putArray("keys");
        for (Key k : keys) {
            ObjectNode n = list.addObject();
            n.put("name", k.name());
            n.put("role", k.role().id());
            n.put("sha256", k.sha256());
            if (k.created() != null) {
                n.put("created", k.created().toString());
            }
            if (!k.groups().isEmpty()) {
                ArrayNode groups = n.putArray("groups");
                k.groups().forEach(groups::add);
            }
        }
        Path file = home.resolve(FILE);
        try {
            Files.createDirectories(home);
            Path tmp = Files.createTempFile(home, "api-keys", ".tmp");
            Files.writeString(tmp, "# Darkroom API keys: SHA-256 hashes only. Create keys with 'darkroom serve --new-key NAME --role read|admin'.\n"
                    + YAML.writeValueAsString(root), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DarkroomException(ErrorCode.STORAGE_FAILURE, "Cannot write " + file + "; check that the home is writable",
                    e.getMessage(), e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
