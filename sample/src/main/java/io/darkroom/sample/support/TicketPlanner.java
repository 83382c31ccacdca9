package io.darkroom.sample.support;

import io.darkroom.sample.patterns.PlantedPatterns;
import io.darkroom.sample.world.CompanyDirectory;
import io.darkroom.sample.world.Customer;
import io.darkroom.sample.world.Dice;
import io.darkroom.sample.world.Product;
import io.darkroom.sample.world.Timeline;
import io.darkroom.sample.world.Tone;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Spreads tickets evenly over the period with an everyday tone mix, then adds the complaint spike:
 * extra negative tickets about one product from one region in one month, about five times the
 * monthly number of negative tickets, so the spike month holds about six times the baseline.
 */
public final class TicketPlanner {
    private static final double NEGATIVE_SHARE = 0.33;
    private static final int SPIKE_FACTOR = 6;
    private static final int MIN_SPIKE_TICKETS = 4;

    private TicketPlanner() {
    }

    public static List<SupportTicket> plan(int count, CompanyDirectory directory, PlantedPatterns patterns,
                                           long seed) {
        Dice dice = Dice.stream(seed, "tickets");
        List<YearMonth> months = Timeline.months();
        double perMonth = count / (months.size() + (SPIKE_FACTOR - 1) * NEGATIVE_SHARE);
        int spikeTickets = Math.min(count / 3,
                Math.max(MIN_SPIKE_TICKETS, (int) Math.round((SPIKE_FACTOR - 1) * NEGATIVE_SHARE * perMonth)));
        int everyday = count - spikeTickets;

        record Draft(LocalDate date, Customer customer, Product product, Tone tone) {
        }
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < everyday; i++) {
            YearMonth month = months.get(i * months.size() / everyday);
            drafts.add(new Draft(Timeline.dayIn(month, dice), dice.pick(directory.customers()),
                    dice.pick(directory.products()), Tone.everyday(dice)));
        }
        List<Customer> spikeCustomers = directory.customersIn(patterns.spikeRegion());
        for (int i = 0; i < spikeTickets; i++) {
            drafts.add(new Draft(Timeline.dayIn(patterns.spikeMonth(), dice), dice.pick(spikeCustomers),
                    patterns.spikeProduct(), Tone.NEGATIVE));
        }
        drafts.sort(Comparator.comparing(Draft::date));
        List<SupportTicket> tickets = new ArrayList<>();
        for (Draft draft : drafts) {
            String priority = switch (draft.tone()) {
                case NEGATIVE -> dice.pickOf("High", "Critical", "High");
                case NEUTRAL -> dice.pickOf("Normal", "Low");
                case POSITIVE -> "Low";
            };
            tickets.add(new SupportTicket("TCK-" + (10001 + tickets.size()), draft.date(), draft.customer(),
                    draft.product(), priority, draft.tone(), directory.anyStaff(dice, "Support Engineer")));
        }
        return tickets;
    }
}
