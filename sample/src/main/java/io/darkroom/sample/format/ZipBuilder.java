package io.darkroom.sample.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds a zip in memory whose entries (folders included) all carry one date, at noon local time. */
public final class ZipBuilder {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ZipOutputStream zip = new ZipOutputStream(bytes);
    private final LocalDate date;

    public ZipBuilder(LocalDate date) {
        this.date = date;
    }

    public ZipBuilder folder(String name) {
        return entry(name.endsWith("/") ? name : name + "/", new byte[0]);
    }

    public ZipBuilder file(String name, byte[] content) {
        return entry(name, content);
    }

    private ZipBuilder entry(String name, byte[] content) {
        try {
            ZipEntry entry = new ZipEntry(name);
            entry.setTimeLocal(ZipEntryTimes.noon(date));
            zip.putNextEntry(entry);
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot add zip entry " + name + ": " + e.getMessage(), e);
        }
        return this;
    }

    public byte[] build() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot finish zip: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }
}
