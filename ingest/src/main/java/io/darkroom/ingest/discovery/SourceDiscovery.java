package io.darkroom.ingest.discovery;

import org.apache.hadoop.conf.Configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The job's discovery: local paths and {@code file:} URIs through java.nio, other URIs through Hadoop. */
public final class SourceDiscovery implements FileDiscovery {
    private final FileDiscovery local;
    private final FileDiscovery remote;

    public SourceDiscovery(Configuration hadoopConf) {
        this(new LocalFileDiscovery(), new HadoopFileDiscovery(hadoopConf));
    }

    SourceDiscovery(FileDiscovery local, FileDiscovery remote) {
        this.local = local;
        this.remote = remote;
    }

    @Override
    public List<SourceFile> discover(List<String> sources, PathFilter filter) {
        Map<String, SourceFile> byPath = new TreeMap<>();
        Split split = split(sources);
        if (!split.local().isEmpty()) {
            local.discover(split.local(), filter).forEach(f -> byPath.put(f.path(), f));
        }
        if (!split.remote().isEmpty()) {
            remote.discover(split.remote(), filter).forEach(f -> byPath.put(f.path(), f));
        }
        return List.copyOf(byPath.values());
    }

    @Override
    public SourceScope scope(List<String> sources, PathFilter filter) {
        Split split = split(sources);
        List<SourceScope.Root> roots = new ArrayList<>();
        if (!split.local().isEmpty()) {
            roots.addAll(local.scope(split.local(), filter).roots());
        }
        if (!split.remote().isEmpty()) {
            roots.addAll(remote.scope(split.remote(), filter).roots());
        }
        return new SourceScope(roots, filter);
    }

    private static Split split(List<String> sources) {
        List<String> local = new ArrayList<>();
        List<String> remote = new ArrayList<>();
        for (String s : sources) {
            (SourcePattern.isRemote(s) ? remote : local).add(s);
        }
        return new Split(local, remote);
    }

    private record Split(List<String> local, List<String> remote) {
    }
}
