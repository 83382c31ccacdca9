package io.darkroom.sample.patterns;

import io.darkroom.sample.world.Timeline;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Invoice volume per month: a yearly season that peaks in November and December on top of a
 * compound growth of 15 % a year.
 */
public final class InvoiceSeasonality {
    public static final List<Integer> PEAK_MONTHS = List.of(11, 12);
    public static final double YEARLY_GROWTH = 0.15;
    /** January..December. */
    private static final double[] SEASON = {0.85, 0.8, 0.95, 0.95, 1.0, 1.0, 0.9, 0.8, 1.0, 1.1, 1.55, 1.65};

    private InvoiceSeasonality() {
    }

    public static double weight(YearMonth month) {
        int monthsSinceStart = Timeline.months().indexOf(month);
        return SEASON[month.getMonthValue() - 1] * Math.pow(1 + YEARLY_GROWTH, monthsSinceStart / 12.0);
    }

    /** Splits {@code total} invoices over the months by weight (largest remainder, ties by month). */
    public static Map<YearMonth, Integer> allocate(int total) {
        List<YearMonth> months = Timeline.months();
        double sum = months.stream().mapToDouble(InvoiceSeasonality::weight).sum();
        Map<YearMonth, Integer> counts = new LinkedHashMap<>();
        List<YearMonth> byRemainder = new ArrayList<>(months);
        int assigned = 0;
        for (YearMonth m : months) {
            int n = (int) Math.floor(total * weight(m) / sum);
            counts.put(m, n);
            assigned += n;
        }
        byRemainder.sort(Comparator.comparingDouble((YearMonth m) -> {
            double exact = total * weight(m) / sum;
            return -(exact - Math.floor(exact));
        }).thenComparing(Comparator.naturalOrder()));
        for (int i = 0; i < total - assigned; i++) {
            counts.merge(byRemainder.get(i), 1, Integer::sum);
        }
        return counts;
    }

    public static String description() {
        return "Invoice volume and amounts peak in November and December each year and grow about 15 % a year";
    }
}
