package io.darkroom.sample.patterns;

import io.darkroom.sample.world.CompanyDirectory;
import io.darkroom.sample.world.Customer;
import io.darkroom.sample.world.Dice;
import io.darkroom.sample.world.Product;
import io.darkroom.sample.world.Timeline;

import java.time.YearMonth;
import java.util.List;

/**
 * The patterns later analytics must find, chosen once from the seed. The writers honour them;
 * truth.json reports what was actually written.
 *
 * @param spikeMonth      the month of the complaint spike
 * @param spikeProduct    the product the spike's tickets are about
 * @param spikeRegion     the region of the spike's customers
 * @param sentimentTopic  the e-mail topic whose tone turns negative
 * @param sentimentFrom   first month (inclusive) of the negative tone
 * @param sentimentTo     last month (inclusive) of the negative tone
 * @param collapseCustomer the customer whose invoices almost stop
 * @param collapseMonth   first month of the collapse
 */
public record PlantedPatterns(YearMonth spikeMonth, Product spikeProduct, String spikeRegion,
                              String sentimentTopic, YearMonth sentimentFrom, YearMonth sentimentTo,
                              Customer collapseCustomer, YearMonth collapseMonth) {
    public static final String DELIVERY_DELAYS = "delivery delays";

    public static PlantedPatterns choose(CompanyDirectory directory, long seed) {
        Dice dice = Dice.stream(seed, "patterns");
        List<YearMonth> months = Timeline.months();
        // Three different months, so that no pattern can be explained away by another.
        YearMonth spike = months.get(dice.between(14, 22));
        YearMonth sentimentFrom;
        do {
            sentimentFrom = months.get(dice.between(20, 26));
        } while (sentimentFrom.equals(spike));
        YearMonth collapse;
        do {
            collapse = months.get(dice.between(17, 26));
        } while (collapse.equals(spike) || collapse.equals(sentimentFrom));
        return new PlantedPatterns(spike, dice.pick(directory.products()), dice.pick(CompanyDirectory.REGIONS),
                DELIVERY_DELAYS, sentimentFrom, sentimentFrom.plusMonths(5),
                dice.pick(directory.customers()), collapse);
    }

    public boolean inSentimentDrop(YearMonth month) {
        return !month.isBefore(sentimentFrom) && !month.isAfter(sentimentTo);
    }
}
