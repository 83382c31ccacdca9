package io.darkroom.ingest.datasets;

import java.io.IOException;
import java.util.List;

/** Reads every table of one file format; a reader throws only for a file it cannot read at all. */
interface TableReader {
    List<RawTable> read(byte[] content, String extension) throws IOException;
}
