package io.darkroom.sample;

import io.darkroom.sample.ledger.CorpusLedger;
import io.darkroom.sample.ledger.DocType;
import io.darkroom.sample.ledger.ExpectedDocument;
import io.darkroom.sample.ledger.FileStatus;
import io.darkroom.sample.ledger.InvoiceEntry;
import io.darkroom.sample.ledger.WrittenFile;
import io.darkroom.sample.world.Timeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** The counting half of truth.json, derived only from what the ledger says was written. */
final class LedgerCounts {
    private LedgerCounts() {
    }

    static SampleTruth.FileCounts files(CorpusLedger ledger) {
        SortedMap<String, Integer> byExtension = new TreeMap<>();
        SortedMap<String, Integer> byStatus = new TreeMap<>();
        for (FileStatus status : FileStatus.values()) {
            byStatus.put(status.key(), 0);
        }
        for (WrittenFile file : ledger.files()) {
            byExtension.merge(file.extension(), 1, Integer::sum);
            byStatus.merge(file.status().key(), 1, Integer::sum);
        }
        return new SampleTruth.FileCounts(ledger.files().size(), byExtension, byStatus);
    }

    static SampleTruth.DocumentCounts documents(CorpusLedger ledger) {
        List<ExpectedDocument> documents = ledger.documents();
        SortedMap<String, Integer> byType = new TreeMap<>();
        for (DocType type : DocType.values()) {
            byType.put(type.key(), 0);
        }
        SortedMap<String, Integer> perMonth = zeroMonths();
        SortedMap<String, Integer> perYear = zeroYears();
        for (ExpectedDocument document : documents) {
            byType.merge(document.type().key(), 1, Integer::sum);
            perMonth.merge(monthOf(document.date()), 1, Integer::sum);
            perYear.merge(yearOf(document.date()), 1, Integer::sum);
        }
        int embedded = (int) documents.stream().filter(ExpectedDocument::embedded).count();
        return new SampleTruth.DocumentCounts(documents.size(), documents.size() - embedded, embedded, byType,
                perMonth, perYear);
    }

    static SampleTruth.InvoiceCounts invoices(CorpusLedger ledger) {
        SortedMap<String, Integer> perMonth = zeroMonths();
        SortedMap<String, Integer> perYear = zeroYears();
        SortedMap<String, BigDecimal> amountPerMonth = new TreeMap<>();
        Timeline.months().forEach(m -> amountPerMonth.put(m.toString(), new BigDecimal("0.00")));
        BigDecimal total = new BigDecimal("0.00");
        for (InvoiceEntry invoice : ledger.invoices()) {
            perMonth.merge(monthOf(invoice.date()), 1, Integer::sum);
            perYear.merge(yearOf(invoice.date()), 1, Integer::sum);
            amountPerMonth.merge(monthOf(invoice.date()), invoice.total(), BigDecimal::add);
            total = total.add(invoice.total());
        }
        return new SampleTruth.InvoiceCounts("EUR", ledger.invoices().size(), perMonth, perYear, amountPerMonth, total);
    }

    /** Documents dated outside the period would break every per-month count: fail loudly instead. */
    private static String monthOf(LocalDate date) {
        if (date.isBefore(Timeline.START) || date.isAfter(Timeline.END)) {
            throw new IllegalStateException("Cannot count a document dated " + date + ": outside the corpus period");
        }
        return YearMonth.from(date).toString();
    }

    private static String yearOf(LocalDate date) {
        return Integer.toString(date.getYear());
    }

    private static SortedMap<String, Integer> zeroMonths() {
        SortedMap<String, Integer> months = new TreeMap<>();
        Timeline.months().forEach(m -> months.put(m.toString(), 0));
        return months;
    }

    private static SortedMap<String, Integer> zeroYears() {
        SortedMap<String, Integer> years = new TreeMap<>();
        for (int year = Timeline.START.getYear(); year <= Timeline.END.getYear(); year++) {
            years.put(Integer.toString(year), 0);
        }
        return years;
    }
}
