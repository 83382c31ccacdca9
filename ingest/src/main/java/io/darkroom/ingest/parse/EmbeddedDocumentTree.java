package io.darkroom.ingest.parse;

import io.darkroom.ingest.discovery.SourceFile;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the flat list from Tika's {@code RecursiveParserWrapper} (container first, embedded
 * documents in completion order) into document rows with parent links, per the contract.
 *
 * <p>Parents come from {@code X-TIKA:embedded_id_path} ("/2/3" is a child of "/2"), which is unique
 * per document, whereas {@code X-TIKA:embedded_resource_path} is built from entry <em>names</em>
 * and collides (two zip folders each with {@code x.txt} both give "/x.txt"). The resource path is
 * kept as {@code embedded_path}, with "#2", "#3"… added to repeats so that doc ids stay unique.
 *
 * <p>A message's body parts are not rows: Tika 3.3.1 already inlines a single text body and the
 * chosen alternative, and any text part without a filename that still arrives as a child of a
 * message is folded into the message's text here.
 */
final class EmbeddedDocumentTree {
    private static final String TOP = "";

    private EmbeddedDocumentTree() {
    }

    static List<DocumentRecord> assemble(SourceFile file, List<Metadata> tikaRows) {
        List<Node> nodes = new ArrayList<>();
        for (Metadata md : tikaRows) {
            nodes.add(Node.of(md));
        }
        nodes.sort((a, b) -> compareIdPaths(a.idPath, b.idPath));
        Map<String, Node> byIdPath = new LinkedHashMap<>();
        for (Node node : nodes) {
            byIdPath.put(node.idPath, node);
        }
        Node top = byIdPath.get(TOP);
        if (top == null) {
            throw new IllegalStateException("Tika returned no container metadata");
        }
        foldBodyParts(byIdPath);
        return toRecords(file, byIdPath);
    }

    private static void foldBodyParts(Map<String, Node> byIdPath) {
        // Children sort after their parents; walking in reverse folds the deepest parts first.
        List<Node> ordered = new ArrayList<>(byIdPath.values());
        for (int i = ordered.size() - 1; i >= 0; i--) {
            Node node = ordered.get(i);
            Node parent = node.idPath.isEmpty() ? null : keptAncestor(node, byIdPath);
            if (parent != null && parent.isMessage() && node.isUnnamedTextPart()) {
                parent.text = parent.text + "\n\n" + node.text;
                byIdPath.remove(node.idPath);
            }
        }
    }

    private static List<DocumentRecord> toRecords(SourceFile file, Map<String, Node> byIdPath) {
        Map<String, String> docIds = new HashMap<>();
        Map<String, Integer> depths = new HashMap<>();
        Set<String> usedPaths = new HashSet<>();
        List<DocumentRecord> records = new ArrayList<>();
        for (Node node : byIdPath.values()) {
            String embeddedPath = unique(node.resourcePath, usedPaths);
            String docId = DocumentIds.of(file.path(), embeddedPath);
            Node parent = node.idPath.isEmpty() ? null : keptAncestor(node, byIdPath);
            String parentId = parent == null ? null : docIds.get(parent.idPath);
            int depth = parent == null ? 0 : depths.get(parent.idPath) + 1;
            docIds.put(node.idPath, docId);
            depths.put(node.idPath, depth);
            records.add(DocumentRowMapper.parsed(file, docId, parentId, embeddedPath, depth, node.md, node.text));
        }
        return records;
    }

    private static Node keptAncestor(Node node, Map<String, Node> byIdPath) {
        String path = node.idPath;
        while (!path.isEmpty()) {
            path = path.substring(0, path.lastIndexOf('/'));
            Node ancestor = byIdPath.get(path);
            if (ancestor != null) {
                return ancestor;
            }
        }
        return byIdPath.get(TOP);
    }

    private static String unique(String path, Set<String> used) {
        String candidate = path;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = path + "#" + n;
        }
        return candidate;
    }

    /** Numeric, segment by segment: "/2" &lt; "/2/3" &lt; "/10". */
    static int compareIdPaths(String a, String b) {
        String[] x = a.isEmpty() ? new String[0] : a.substring(1).split("/");
        String[] y = b.isEmpty() ? new String[0] : b.substring(1).split("/");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Long.compare(parse(x[i]), parse(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static long parse(String segment) {
        try {
            return Long.parseLong(segment);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Mutable only while the tree is shaped; records come out immutable. */
    private static final class Node {
        final String idPath;
        final String resourcePath;
        final Metadata md;
        String text;

        private Node(String idPath, String resourcePath, Metadata md, String text) {
            this.idPath = idPath;
            this.resourcePath = resourcePath;
            this.md = md;
            this.text = text;
        }

        static Node of(Metadata md) {
            String idPath = md.get(TikaCoreProperties.EMBEDDED_ID_PATH);
            String resourcePath = md.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
            String text = md.get(TikaCoreProperties.TIKA_CONTENT);
            return new Node(idPath == null ? TOP : idPath, resourcePath == null ? TOP : resourcePath, md,
                    text == null ? "" : text);
        }

        boolean isMessage() {
            return DocumentRowMapper.isMessage(MetadataValues.mime(md), md);
        }

        boolean isUnnamedTextPart() {
            String mime = MetadataValues.mime(md);
            String disposition = md.get("Content-Disposition");
            boolean named = disposition != null && disposition.toLowerCase(Locale.ROOT).contains("filename");
            return !named && mime != null && mime.startsWith("text/");
        }
    }
}
