package io.darkroom.sample.format;

import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

/**
 * Saves POI OOXML documents reproducibly: core properties get explicit dates (POI defaults them to
 * now) and the package's zip entries get the document's date.
 */
public final class OfficeDocuments {
    private OfficeDocuments() {
    }

    public static byte[] save(POIXMLDocument document, String title, String author, LocalDate created) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        Date noon = Date.from(created.atTime(12, 0).toInstant(ZoneOffset.UTC));
        core.setTitle(title);
        core.setCreator(author);
        core.setLastModifiedByUser(author);
        core.setCreated(Optional.of(noon));
        core.setModified(Optional.of(noon));
        document.getProperties().getExtendedProperties().setApplication("Kestrel Office Suite");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (document) {
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save office document '" + title + "': " + e.getMessage(), e);
        }
        return ZipEntryTimes.normalise(out.toByteArray(), created);
    }
}
