package io.darkroom.ingest.job;

import io.darkroom.ingest.discovery.SourceFile;
import io.darkroom.ingest.parse.ParseOptions;
import io.darkroom.ingest.parse.TikaDocumentParser;
import org.apache.spark.api.java.function.FlatMapFunction;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * The executor side of the job: each partition holds one bin of files, builds one Tika parser and
 * yields one {@link FileResult} per file, lazily, so a partition never holds all its texts at once.
 */
final class PartitionParser implements FlatMapFunction<Iterator<List<SourceFile>>, FileResult> {
    private final ParseOptions options;

    PartitionParser(ParseOptions options) {
        this.options = options;
    }

    @Override
    public Iterator<FileResult> call(Iterator<List<SourceFile>> bins) {
        if (!bins.hasNext()) {
            return Collections.emptyIterator();
        }
        FileIngestor ingestor = new FileIngestor(new TikaDocumentParser(options));
        Iterator<SourceFile> files = flatten(bins);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public FileResult next() {
                return ingestor.ingest(files.next());
            }
        };
    }

    private static Iterator<SourceFile> flatten(Iterator<List<SourceFile>> bins) {
        return new Iterator<>() {
            private Iterator<SourceFile> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && bins.hasNext()) {
                    current = bins.next().iterator();
                }
                return current.hasNext();
            }

            @Override
            public SourceFile next() {
                hasNext();
                return current.next();
            }
        };
    }
}
