package io.darkroom.sample.finance;

import io.darkroom.sample.patterns.InvoiceSeasonality;
import io.darkroom.sample.patterns.PlantedPatterns;
import io.darkroom.sample.world.CompanyDirectory;
import io.darkroom.sample.world.Customer;
import io.darkroom.sample.world.Dice;
import io.darkroom.sample.world.Money;
import io.darkroom.sample.world.Product;
import io.darkroom.sample.world.Timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Decides which invoices exist: how many per month (season and growth), for whom (the collapsing
 * customer is a big account until its collapse month, then nearly silent) and what they contain.
 */
public final class InvoicePlanner {
    /** Share of invoices the collapsing customer gets before and after its collapse. */
    private static final double COLLAPSE_SHARE_BEFORE = 0.25;
    private static final double COLLAPSE_SHARE_AFTER = 0.01;

    private InvoicePlanner() {
    }

    public static List<Invoice> plan(int count, CompanyDirectory directory, PlantedPatterns patterns, long seed) {
        Dice dice = Dice.stream(seed, "invoices");
        record Draft(LocalDate date, Customer customer, List<LineItem> items) {
        }
        List<Draft> drafts = new ArrayList<>();
        for (Map.Entry<YearMonth, Integer> month : InvoiceSeasonality.allocate(count).entrySet()) {
            for (int i = 0; i < month.getValue(); i++) {
                LocalDate date = Timeline.dayIn(month.getKey(), dice);
                drafts.add(new Draft(date, customerFor(month.getKey(), directory, patterns, dice), items(directory, dice)));
            }
        }
        drafts.sort(Comparator.comparing(Draft::date));
        List<Invoice> invoices = new ArrayList<>();
        int[] perYear = new int[3];
        for (Draft draft : drafts) {
            int year = draft.date().getYear();
            int sequence = ++perYear[year - Timeline.START.getYear()];
            String number = String.format("INV-%d-%05d", year, sequence);
            invoices.add(new Invoice(number, draft.date(), draft.customer(), draft.items(),
                    directory.anyStaff(dice, "Accounts Receivable")));
        }
        return invoices;
    }

    private static Customer customerFor(YearMonth month, CompanyDirectory directory, PlantedPatterns patterns,
                                        Dice dice) {
        Customer collapsing = patterns.collapseCustomer();
        double share = month.isBefore(patterns.collapseMonth()) ? COLLAPSE_SHARE_BEFORE : COLLAPSE_SHARE_AFTER;
        if (dice.chance(share)) {
            return collapsing;
        }
        List<Customer> others = directory.customers().stream().filter(c -> !c.equals(collapsing)).toList();
        // A skewed pick: a few customers buy much more than the rest, as in real ledgers.
        return others.get((int) Math.floor(Math.pow(dice.unit(), 1.6) * others.size()));
    }

    private static List<LineItem> items(CompanyDirectory directory, Dice dice) {
        List<LineItem> items = new ArrayList<>();
        int positions = dice.between(1, 4);
        List<Product> products = directory.products();
        int first = dice.between(0, products.size() - 1);
        for (int i = 0; i < positions; i++) {
            Product product = products.get((first + i * 3) % products.size());
            double discount = 0.9 + dice.between(0, 20) / 100.0;
            items.add(new LineItem(product, dice.between(1, 24),
                    Money.euros(product.listPrice().doubleValue() * discount)));
        }
        return items;
    }
}
