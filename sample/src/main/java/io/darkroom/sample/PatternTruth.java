package io.darkroom.sample;

import io.darkroom.sample.finance.Invoice;
import io.darkroom.sample.patterns.InvoiceSeasonality;
import io.darkroom.sample.patterns.PlantedPatterns;
import io.darkroom.sample.support.SupportTicket;
import io.darkroom.sample.world.Timeline;
import io.darkroom.sample.world.Tone;

import java.time.YearMonth;
import java.util.List;

/** The pattern half of truth.json, measured on the tickets and invoices that were written. */
final class PatternTruth {
    private PatternTruth() {
    }

    static SampleTruth.Patterns of(PlantedPatterns planted, List<SupportTicket> tickets, List<Invoice> invoices,
                                   List<List<String>> nearDuplicates) {
        return new SampleTruth.Patterns(
                new SampleTruth.InvoiceSeasonality(InvoiceSeasonality.description(), InvoiceSeasonality.PEAK_MONTHS,
                        InvoiceSeasonality.YEARLY_GROWTH),
                complaintSpike(planted, tickets),
                new SampleTruth.SentimentDrop(planted.sentimentTopic(), planted.sentimentFrom().toString(),
                        planted.sentimentTo().toString()),
                customerCollapse(planted, invoices),
                nearDuplicates.stream().map(SampleTruth.NearDuplicate::new).toList());
    }

    private static SampleTruth.ComplaintSpike complaintSpike(PlantedPatterns planted, List<SupportTicket> tickets) {
        List<SupportTicket> negative = tickets.stream().filter(t -> t.tone() == Tone.NEGATIVE).toList();
        long inSpike = negative.stream().filter(t -> YearMonth.from(t.date()).equals(planted.spikeMonth())).count();
        double baseline = (negative.size() - inSpike) / (double) (Timeline.months().size() - 1);
        return new SampleTruth.ComplaintSpike(planted.spikeMonth().toString(), planted.spikeProduct().name(),
                planted.spikeRegion(), (int) inSpike, round2(baseline));
    }

    private static SampleTruth.CustomerCollapse customerCollapse(PlantedPatterns planted, List<Invoice> invoices) {
        YearMonth collapse = planted.collapseMonth();
        List<YearMonth> months = Timeline.months();
        int monthsBefore = months.indexOf(collapse);
        int monthsAfter = months.size() - monthsBefore;
        List<Invoice> ofCustomer = invoices.stream().filter(i -> i.customer().equals(planted.collapseCustomer()))
                .toList();
        long before = ofCustomer.stream().filter(i -> YearMonth.from(i.date()).isBefore(collapse)).count();
        long after = ofCustomer.size() - before;
        return new SampleTruth.CustomerCollapse(planted.collapseCustomer().legalName(), collapse.toString(),
                round2(before / (double) monthsBefore), round2(after / (double) monthsAfter));
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
