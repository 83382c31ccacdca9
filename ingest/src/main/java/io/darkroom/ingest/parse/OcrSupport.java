package io.darkroom.ingest.parse;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether Tesseract can run here and whether it ran on a document. Tika's TesseractOCRParser
 * silently does nothing without the binary, so the hint has to come from us.
 */
public final class OcrSupport {
    public static final String NO_TEXT_HINT_KEY = "darkroom:no-text-hint";
    public static final String INSTALL_HINT = "install tesseract-ocr to read scanned pages";
    public static final String DISABLED_HINT = "OCR is off (ingest.parse.ocr-enabled=false)";
    private static final String TESSERACT_PARSER = "org.apache.tika.parser.ocr.TesseractOCRParser";
    /** The PATH does not change while a JVM runs; looking once keeps it off the per-file path. */
    private static final boolean INSTALLED = findOnPath("tesseract");

    private OcrSupport() {
    }

    public static boolean tesseractInstalled() {
        return INSTALLED;
    }

    /** The hint for a text-less scan, or null when OCR did its best. */
    static String noTextHint(boolean enabled) {
        if (!enabled) {
            return DISABLED_HINT;
        }
        return INSTALLED ? null : INSTALL_HINT;
    }

    static boolean applied(Metadata md) {
        for (String parser : md.getValues(TikaCoreProperties.TIKA_PARSED_BY)) {
            if (TESSERACT_PARSER.equals(parser)) {
                return true;
            }
        }
        Integer ocrPages = MetadataValues.integer(md, "pdf:ocrPageCount");
        return ocrPages != null && ocrPages > 0;
    }

    private static boolean findOnPath(String binary) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, binary))) {
                return true;
            }
        }
        return false;
    }
}
