package io.darkroom.ingest.discovery;

import io.darkroom.ingest.Fixtures;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Hadoop's FileSystem API on file: URIs, the same code path hdfs: and s3a: take. */
class HadoopFileDiscoveryTest {
    @TempDir
    Path share;

    @Test
    void listsLikeTheLocalDiscoveryWithTheSameLedgerPaths() {
        Fixtures.write(share, "a/x.pdf", "x");
        Fixtures.write(share, "a/b/y.txt", "yy");
        Fixtures.write(share, "z.tmp", "z");
        PathFilter noTmp = new PathFilter(List.of(), List.of("*.tmp"));

        List<SourceFile> hadoop = new HadoopFileDiscovery(new Configuration()).discover(List.of(share.toUri().toString()), noTmp);
        List<SourceFile> local = new LocalFileDiscovery().discover(List.of(share.toString()), noTmp);

        assertThat(hadoop).extracting(SourceFile::path).containsExactly(
                share.resolve("a/b/y.txt").toString(), share.resolve("a/x.pdf").toString());
        assertThat(hadoop).extracting(SourceFile::path, SourceFile::sizeBytes)
                .containsExactlyElementsOf(local.stream().map(f -> org.assertj.core.groups.Tuple.tuple(f.path(), f.sizeBytes())).toList());
    }

    @Test
    void aGlobUriKeepsMatchingFilesOnly() {
        Fixtures.write(share, "a/x.pdf", "x");
        Fixtures.write(share, "a/b/y.txt", "yy");

        List<SourceFile> files = new HadoopFileDiscovery(new Configuration()).discover(List.of(share.toUri() + "**/*.txt"));

        assertThat(files).extracting(SourceFile::path).containsExactly(share.resolve("a/b/y.txt").toString());
    }

    @Test
    void executorsReadAndHashThroughTheShippedConfiguration() throws Exception {
        Fixtures.write(share, "a.txt", "abc");
        Configuration conf = new Configuration();
        conf.set("darkroom.test.key", "kept");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new HadoopConf(conf));
        }
        HadoopConf shipped;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            shipped = (HadoopConf) in.readObject();
        }

        assertThat(shipped.get().get("darkroom.test.key")).isEqualTo("kept");
        SourceFile file = new SourceFile(share.resolve("a.txt").toString(), 3, java.time.Instant.EPOCH);
        assertThat(new SourceFileReader(shipped).sha256(file))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
