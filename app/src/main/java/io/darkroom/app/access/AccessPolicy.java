package io.darkroom.app.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.darkroom.core.DarkroomException;
import io.darkroom.core.ErrorCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who may see which data, from {@code <home>/access.yaml}: ingested sources (path prefixes) and
 * imported datasets (name globs) each name the groups allowed to see them; API keys belong to groups.
 * Without the file every key sees everything (one team, one warehouse).
 *
 * <pre>
 * sources:                       # the longest matching prefix decides
 *   - path: /srv/share/finance
 *     groups: [finance]
 * datasets:                      # the first matching name decides; else the dataset's source file's path
 *   - name: "payroll_*"
 *     groups: [hr]
 * unlisted: nobody               # or "everyone": data no rule names
 * </pre>
 *
 * @param open            true when there is no access file: no restriction at all
 * @param unlistedVisible whether data that no rule names is visible to every key (false: to no key but "*" ones)
 */
public record AccessPolicy(boolean open, List<SourceRule> sources, List<DatasetRule> datasets, boolean unlistedVisible) {
    public static final String FILE = "access.yaml";
    /** The group that sees all data whatever the rules say (operators, the insight job). */
    public static final String ALL_DATA = "*";
    public static final AccessPolicy OPEN = new AccessPolicy(true, List.of(), List.of(), true);
    /** A local file URI's scheme ("file:///x", "file:/x"): paths are compared without it. */
    static final String FILE_SCHEME = "^file:(//)?(?=/)";
    private static final YAMLMapper YAML = new YAMLMapper();

    /** Files under {@code prefix} (a folder path or URI, no trailing slash) are visible to {@code groups}. */
    public record SourceRule(String prefix, Set<String> groups) {
        public SourceRule {
            prefix = normalise(Objects.requireNonNull(prefix, "prefix"));
            groups = Set.copyOf(groups);
        }

        boolean covers(String path) {
            return path.equals(prefix) || path.startsWith(under());
        }

        /** What every path inside the folder starts with ("/" stays "/"). */
        String under() {
            return prefix.endsWith("/") ? prefix : prefix + "/";
        }
    }

    /** Datasets whose name matches {@code glob} ({@code *} and {@code ?}) are visible to {@code groups}. */
    public record DatasetRule(String glob, Set<String> groups) {
        public DatasetRule {
            Objects.requireNonNull(glob, "glob");
            groups = Set.copyOf(groups);
        }

        boolean matches(String dataset) {
            return regex(glob).matcher(dataset).matches();
        }
    }

    public AccessPolicy {
        // Most specific first: the longest prefix decides, so "/share" for everyone and "/share/hr" for hr work together.
        sources = sources.stream().sorted(Comparator.comparingInt((SourceRule r) -> r.prefix().length()).reversed()).toList();
        datasets = List.copyOf(datasets);
    }

    /** The scope of a key with these groups. */
    public DataScope scopeFor(Collection<String> groups) {
        return new DataScope(this, Set.copyOf(groups));
    }

    /** Everything: auth off on loopback, and the jobs. */
    public DataScope everything() {
        return new DataScope(this, Set.of(ALL_DATA));
    }

    /** The rule that decides about one file (the longest prefix that covers it), if any. */
    Optional<SourceRule> sourceRule(String path) {
        String p = normalise(path);
        return sources.stream().filter(r -> r.covers(p)).findFirst();
    }

    Optional<DatasetRule> datasetRule(String dataset) {
        return datasets.stream().filter(r -> r.matches(dataset)).findFirst();
    }

    /** Reads {@code <home>/access.yaml}; no file means {@link #OPEN}. A broken file stops the server: failing open would leak. */
    public static AccessPolicy read(Path home) {
        Path file = home == null ? null : home.resolve(FILE);
        if (file == null || !Files.exists(file)) {
            return OPEN;
        }
        try {
            JsonNode root = YAML.readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("expected 'sources', 'datasets' and 'unlisted' at the top");
            }
            List<SourceRule> sources = new ArrayList<>();
            for (JsonNode n : root.path("sources")) {
                sources.add(new SourceRule(required(n, "path"), groups(n)));
            }
            List<DatasetRule> datasets = new ArrayList<>();
            for (JsonNode n : root.path("datasets")) {
                datasets.add(new DatasetRule(required(n, "name"), groups(n)));
            }
            String unlisted = root.path("unlisted").asText("nobody");
            if (!unlisted.equals("nobody") && !unlisted.equals("everyone")) {
                throw new IllegalArgumentException("'unlisted' must be nobody or everyone, not '" + unlisted + "'");
            }
            return new AccessPolicy(false, sources, datasets, unlisted.equals("everyone"));
        } catch (IOException | IllegalArgumentException e) {
            throw new DarkroomException(ErrorCode.INVALID_CONFIG, "Cannot read the access rules in " + file + ": " + e.getMessage()
                    + "; fix the file (see README, 'Access control') or move it away to let every key see everything", null, e);
        }
    }

    private static String required(JsonNode n, String field) {
        String v = n.path(field).asText("");
        if (v.isBlank()) {
            throw new IllegalArgumentException("every rule needs '" + field + "' (got " + n + ")");
        }
        return v.strip();
    }

    private static Set<String> groups(JsonNode n) {
        Set<String> out = new LinkedHashSet<>();
        n.path("groups").forEach(g -> out.add(g.asText().strip()));
        if (out.isEmpty()) {
            throw new IllegalArgumentException("every rule needs 'groups' (got " + n + ")");
        }
        return out;
    }

    /** "file:///x" and "file:/x" are the path "/x"; a trailing slash is dropped. */
    static String normalise(String path) {
        String p = path.replaceFirst(FILE_SCHEME, "");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static Pattern regex(String glob) {
        StringBuilder b = new StringBuilder();
        for (char c : glob.toCharArray()) {
            b.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(b.toString());
    }
}
