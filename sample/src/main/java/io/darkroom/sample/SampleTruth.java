package io.darkroom.sample;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a generated corpus contains, as written to {@code truth.json} (field names follow
 * docs/sample-corpus-contract.md). Counts cover every file of the corpus except truth.json itself.
 * Months are "YYYY-MM" keys and every month of the period is present, with 0 where nothing falls;
 * amounts are EUR with two decimals and are invoice gross totals (VAT included).
 */
public record SampleTruth(String generator, int version, long seed, @JsonProperty("requested_docs") int requestedDocs,
                          String company, Period period, FileCounts files, List<Broken> broken,
                          DocumentCounts documents, InvoiceCounts invoices, Patterns patterns,
                          @JsonProperty("document_labels") List<DocumentLabel> documentLabels,
                          @JsonProperty("document_entities") List<DocumentEntities> documentEntities) {
    public static final String GENERATOR = "darkroom-sample";
    public static final int VERSION = 1;
    public static final String FILE_NAME = "truth.json";

    public SampleTruth {
        Objects.requireNonNull(generator, "generator");
        broken = List.copyOf(broken);
        documentLabels = documentLabels == null ? List.of() : List.copyOf(documentLabels);
        documentEntities = documentEntities == null ? List.of() : List.copyOf(documentEntities);
    }

    /** The same truth with the planted entities of each labelled document added. */
    public SampleTruth withDocumentEntities(List<DocumentEntities> entities) {
        return new SampleTruth(generator, version, seed, requestedDocs, company, period, files, broken, documents,
                invoices, patterns, documentLabels, entities);
    }

    public record Period(String start, String end) {
    }

    public record FileCounts(int total, @JsonProperty("by_extension") SortedMap<String, Integer> byExtension,
                             @JsonProperty("by_status") SortedMap<String, Integer> byStatus) {
        public FileCounts {
            byExtension = sorted(byExtension);
            byStatus = sorted(byStatus);
        }
    }

    /** A broken input; {@code password} is present only for the encrypted PDF. */
    public record Broken(String path, String kind, String status,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String password) {
    }

    public record DocumentCounts(int total, @JsonProperty("top_level") int topLevel, int embedded,
                                 @JsonProperty("by_type") SortedMap<String, Integer> byType,
                                 @JsonProperty("per_month") SortedMap<String, Integer> perMonth,
                                 @JsonProperty("per_year") SortedMap<String, Integer> perYear) {
        public DocumentCounts {
            byType = sorted(byType);
            perMonth = sorted(perMonth);
            perYear = sorted(perYear);
        }
    }

    /** Standalone invoice PDFs that parse (the truncated invoice under broken/ is not one). */
    public record InvoiceCounts(String currency, int total,
                                @JsonProperty("per_month") SortedMap<String, Integer> perMonth,
                                @JsonProperty("per_year") SortedMap<String, Integer> perYear,
                                @JsonProperty("amount_per_month") SortedMap<String, BigDecimal> amountPerMonth,
                                @JsonProperty("amount_total") BigDecimal amountTotal) {
        public InvoiceCounts {
            perMonth = sorted(perMonth);
            perYear = sorted(perYear);
            amountPerMonth = sorted(amountPerMonth);
        }
    }

    public record Patterns(@JsonProperty("invoice_seasonality") InvoiceSeasonality invoiceSeasonality,
                           @JsonProperty("complaint_spike") ComplaintSpike complaintSpike,
                           @JsonProperty("sentiment_drop") SentimentDrop sentimentDrop,
                           @JsonProperty("customer_collapse") CustomerCollapse customerCollapse,
                           @JsonProperty("near_duplicates") List<NearDuplicate> nearDuplicates) {
        public Patterns {
            nearDuplicates = List.copyOf(nearDuplicates);
        }
    }

    public record InvoiceSeasonality(String description, @JsonProperty("peak_months") List<Integer> peakMonths,
                                     @JsonProperty("yearly_growth") double yearlyGrowth) {
        public InvoiceSeasonality {
            peakMonths = List.copyOf(peakMonths);
        }
    }

    /**
     * {@code tickets}: negative support tickets in the spike month (all products and regions);
     * {@code baseline_per_month}: the mean number of negative tickets in the other months.
     */
    public record ComplaintSpike(String month, String product, String region, int tickets,
                                 @JsonProperty("baseline_per_month") double baselinePerMonth) {
    }

    /** E-mails about {@code topic} are negative from {@code from_month} to {@code to_month}, both inclusive. */
    public record SentimentDrop(String topic, @JsonProperty("from_month") String fromMonth,
                                @JsonProperty("to_month") String toMonth) {
    }

    /** Mean invoices per month for the customer before {@code month} and from {@code month} on. */
    public record CustomerCollapse(String customer, String month,
                                   @JsonProperty("before_per_month") double beforePerMonth,
                                   @JsonProperty("after_per_month") double afterPerMonth) {
    }

    /**
     * One expected document row with the type the contract's rules give it and its date: the labels
     * feature classifiers are scored against. {@code embedded_path} is "" for a top-level file.
     */
    public record DocumentLabel(String path, @JsonProperty("embedded_path") String embeddedPath, String type,
                                String date) {
        public DocumentLabel {
            Objects.requireNonNull(path, "path");
            embeddedPath = embeddedPath == null ? "" : embeddedPath;
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * What the generator wrote into one document's text, keyed like {@link DocumentLabel}: the
     * organisation names as written (distinct, in order of first appearance), the money amounts
     * (distinct value and currency) and the days named in full ("3 June 2024" or "2024-06-03"), as
     * ISO dates. See docs/sample-corpus-contract.md for what each list leaves out.
     */
    public record DocumentEntities(String path, @JsonProperty("embedded_path") String embeddedPath,
                                   List<String> organisations, List<Amount> amounts, List<String> dates) {
        public DocumentEntities {
            Objects.requireNonNull(path, "path");
            embeddedPath = embeddedPath == null ? "" : embeddedPath;
            organisations = organisations == null ? List.of() : List.copyOf(organisations);
            amounts = amounts == null ? List.of() : List.copyOf(amounts);
            dates = dates == null ? List.of() : List.copyOf(dates);
        }
    }

    /** A money amount as written: its value with the written decimals and its ISO currency code. */
    public record Amount(BigDecimal value, String currency) {
        public Amount {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(currency, "currency");
        }
    }

    public record NearDuplicate(List<String> paths) {
        public NearDuplicate {
            paths = List.copyOf(paths);
        }
    }

    public static SampleTruth read(Path truthJson) {
        try {
            return MAPPER.readValue(truthJson.toFile(), SampleTruth.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read sample truth " + truthJson + ": " + e.getMessage(), e);
        }
    }

    public void write(Path truthJson) {
        try {
            Files.write(truthJson, MAPPER.writer(PRETTY).writeValueAsBytes(this));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write sample truth " + truthJson + ": " + e.getMessage(), e);
        }
    }

    private static final ObjectMapper MAPPER = mapper();
    /** LF line ends on every OS, so truth.json is byte-identical everywhere. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        // Amounts are decimal strings in the contract: exact, and never printed in exponent form.
        mapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return mapper;
    }

    private static <V> SortedMap<String, V> sorted(Map<String, V> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(map == null ? Map.of() : map));
    }
}
