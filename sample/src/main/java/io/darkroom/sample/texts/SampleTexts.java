package io.darkroom.sample.texts;

import io.darkroom.sample.SampleTruth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of every labelled document of a generated corpus, read back from its files without
 * Tika, so that stages after ingest can be tested on the sample without depending on ingest.
 * Texts approximate Tika's (same words, not the same whitespace); containers (zip, mbox) hold the
 * names or bodies of their members. Nothing is written into the corpus folder.
 */
public final class SampleTexts {
    private SampleTexts() {
    }

    /** One text per entry of {@code truth.documentLabels()}, in the same order. */
    public static List<SampleText> read(Path corpusDir, SampleTruth truth) {
        Map<String, byte[]> files = new HashMap<>();
        List<SampleText> texts = new ArrayList<>();
        for (SampleTruth.DocumentLabel label : truth.documentLabels()) {
            byte[] file = files.computeIfAbsent(label.path(), p -> readFile(corpusDir.resolve(p)));
            String name = label.path();
            byte[] bytes = file;
            String mime;
            String text;
            if (label.embeddedPath().isEmpty()) {
                mime = FormatText.mime(name, bytes);
                text = FormatText.text(name, bytes);
            } else if (name.endsWith(".mbox")) {
                int index = Integer.parseInt(label.embeddedPath().substring("/message-".length())) - 1;
                mime = "message/rfc822";
                text = Mail.mboxBodies(new String(file, StandardCharsets.UTF_8)).get(index);
            } else {
                name = label.embeddedPath().substring(1);
                bytes = label.path().endsWith(".eml")
                        ? Mail.attachment(new String(file, StandardCharsets.UTF_8), name)
                        : FormatText.zipEntry(file, name);
                mime = FormatText.mime(name, bytes);
                text = FormatText.text(name, bytes);
            }
            texts.add(new SampleText(label.path(), label.embeddedPath(), mime, label.type(), label.date(), text));
        }
        return texts;
    }

    private static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read sample file " + file + ": " + e.getMessage(), e);
        }
    }
}
