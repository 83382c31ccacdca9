package io.darkroom.sample.texts;

import io.darkroom.sample.SampleTruth;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The organisations, money amounts and days the generator wrote into each document, found in the
 * document's own text with the generator's own vocabulary and formats: the directory's organisation
 * names, {@code Money.format} ("EUR 12,480.00") and {@code Timeline.longDate} ("3 June 2024") plus
 * the ISO day the workbooks' date cells show. Reading the written text back, rather than noting
 * values inside each template, records every occurrence whatever template wrote it (a PDF line
 * break inside a name is whitespace like any other) and cannot record a value that never reached
 * the file. It is the truth entity extraction is scored against, so it must not use any NLP.
 */
public final class PlantedEntities {
    private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";
    private static final Pattern EUROS = Pattern.compile(NOT_WORD_BEFORE + "EUR\\s+(\\d{1,3}(?:,\\d{3})*\\.\\d{2})(?!\\d)");
    private static final Pattern LONG_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})\\s+("
            + Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                    .collect(Collectors.joining("|")) + ")\\s+(\\d{4})(?!\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");

    private final Pattern organisations;

    /** @param organisationNames every organisation name the templates write (the directory's list) */
    public PlantedEntities(List<String> organisationNames) {
        // Longest first: at one position "Acme Corp." must win over its bare variant "Acme".
        organisations = Pattern.compile(organisationNames.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(name -> Arrays.stream(name.split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|", NOT_WORD_BEFORE + "(?:", ")" + NOT_WORD_AFTER)));
    }

    /** One entry per text, in the same order and with the same keys. */
    public List<SampleTruth.DocumentEntities> of(List<SampleText> texts) {
        return texts.stream().map(this::of).toList();
    }

    public SampleTruth.DocumentEntities of(SampleText text) {
        return new SampleTruth.DocumentEntities(text.path(), text.embeddedPath(), organisations(text.text()),
                amounts(text.text()), dates(text.text()));
    }

    List<String> organisations(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = organisations.matcher(text);
        while (m.find()) {
            found.add(m.group().replaceAll("\\s+", " "));
        }
        return List.copyOf(found);
    }

    static List<SampleTruth.Amount> amounts(String text) {
        Set<SampleTruth.Amount> found = new LinkedHashSet<>();
        Matcher m = EUROS.matcher(text);
        while (m.find()) {
            found.add(new SampleTruth.Amount(new BigDecimal(m.group(1).replace(",", "")), "EUR"));
        }
        return List.copyOf(found);
    }

    static List<String> dates(String text) {
        record Found(int at, LocalDate day) {
        }
        List<Found> found = new ArrayList<>();
        Matcher written = LONG_DATE.matcher(text);
        while (written.find()) {
            found.add(new Found(written.start(), LocalDate.of(Integer.parseInt(written.group(3)),
                    Month.valueOf(written.group(2).toUpperCase(Locale.ROOT)), Integer.parseInt(written.group(1)))));
        }
        Matcher iso = ISO_DATE.matcher(text);
        while (iso.find()) {
            found.add(new Found(iso.start(), LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)))));
        }
        return found.stream().sorted(Comparator.comparingInt(Found::at)).map(f -> f.day().toString()).distinct()
                .toList();
    }
}
