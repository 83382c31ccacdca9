package io.darkroom.ingest.job;

import io.darkroom.ingest.discovery.SourceFile;
import io.darkroom.ingest.parse.ParseOptions;
import io.darkroom.ingest.isolation.CloseableDocumentParser;
import io.darkroom.ingest.isolation.DocumentParsers;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;
import org.apache.spark.api.java.function.FlatMapFunction;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * The executor side of the job: each partition holds one bin of files, takes one parser (in-process
 * Tika, or a forked parser JVM borrowed from the executor's pool of warm children, per
 * {@link ParseOptions#isolation()}) and yields one {@link FileResult} per file, lazily, so a
 * partition never holds all its texts at once. The parser is closed (a forked one given back to the
 * pool) when the last file is done, and also when the task ends early (failure, cancelled job), so
 * no task keeps a child beyond its end.
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
        CloseableDocumentParser parser = DocumentParsers.borrow(options);
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) context -> parser.close());
        }
        FileIngestor ingestor = new FileIngestor(parser);
        Iterator<SourceFile> files = flatten(bins);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = files.hasNext();
                if (!more) {
                    parser.close();
                }
                return more;
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
