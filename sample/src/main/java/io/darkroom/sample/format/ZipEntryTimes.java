package io.darkroom.sample.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (an OOXML package or an archive) so that every entry carries one fixed local
 * time, because POI and java.util.zip stamp entries with the current time. The DOS time is set as
 * a local date-time, so the bytes do not depend on the machine's time zone.
 */
public final class ZipEntryTimes {
    private ZipEntryTimes() {
    }

    /** Noon of the given day: the time every member of a generated zip carries. */
    public static LocalDateTime noon(LocalDate date) {
        return date.atTime(12, 0);
    }

    public static byte[] normalise(byte[] zip, LocalDate date) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(noon(date));
                rewritten.putNextEntry(copy);
                in.transferTo(rewritten);
                rewritten.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot normalise zip entry times: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
