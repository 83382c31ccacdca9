package io.darkroom.analytics.features.duplicates;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Connected components of string nodes, with each node mapped to its component's smallest node. */
final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            // The smaller id becomes the root, so the root is always the component's smallest member.
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }

    String find(String x) {
        String root = x;
        while (true) {
            String p = parent.getOrDefault(root, root);
            if (p.equals(root)) {
                break;
            }
            root = p;
        }
        String node = x;
        while (!node.equals(root)) {
            String next = parent.getOrDefault(node, node);
            parent.put(node, root);
            node = next;
        }
        parent.putIfAbsent(root, root);
        return root;
    }

    Map<String, String> smallestMemberOf() {
        Map<String, String> result = new TreeMap<>();
        for (String node : new java.util.ArrayList<>(parent.keySet())) {
            result.put(node, find(node));
        }
        return result;
    }
}
