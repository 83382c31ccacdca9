package io.darkroom.analytics.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Template sentences from an insight's evidence. Every number in a sentence comes from the record's
 * components, formatted by {@link HumanNumbers}; nothing is looked up or invented here, so a test
 * can check each sentence against its evidence.
 */
public final class InsightNarrator {
    private final Function<String, String> dimensionLabels;

    /** @param dimensionLabels column → the word people use ("field_product" → "product") */
    public InsightNarrator(Function<String, String> dimensionLabels) {
        this.dimensionLabels = dimensionLabels;
    }

    public String anomaly(AnomalyInsight a) {
        Grain grain = Grain.parse(a.grain());
        String when = grain.spoken(LocalDate.parse(startOf(a.period(), grain)));
        String who = capitalised(a.subject().label()) + (a.series() == null ? "" : " for " + words(a.series()));
        boolean up = a.observed() > a.expected();
        StringBuilder s = new StringBuilder();
        if (a.levelShift()) {
            s.append(who).append(up ? " rose to " : " fell to ").append(level(a, a.observed()))
                    .append(a.subject().fold().additive() ? " per " + unitOf(grain) : "").append(" from ").append(when)
                    .append(", from a usual ")
                    .append(level(a, a.expected())).append(" — a lasting shift, not a one-off");
        } else {
            s.append(who).append(" in ").append(when).append(": ").append(value(a, a.observed()));
            double ratio = a.observed() / a.expected();
            if (a.expected() >= 1 && ratio >= 1.1 && ratio <= 50 && a.subject().fold().additive()) {
                s.append(", ").append(HumanNumbers.times(a.observed() / a.expected())).append(" the expected ")
                        .append(value(a, a.expected()));
            } else {
                s.append(" against an expected ").append(value(a, a.expected()));
            }
        }
        if (!a.rootCause().isEmpty()) {
            Contribution top = a.rootCause().get(0);
            s.append("; ").append(words(top.segment())).append(" accounts for ").append(signed(a, top.delta()))
                    .append(" (").append(HumanNumbers.percent(Math.min(Math.abs(top.share()), 9.99)))
                    .append(" of the ").append(up ? "excess" : "shortfall").append(")");
            if (a.rootCause().size() > 1 && top.segment().contains(a.rootCause().get(1).segment())
                    && !top.segment().equals(a.rootCause().get(1).segment())) {
                s.append(", mostly ").append(words(without(a.rootCause().get(1).segment(), top.segment())));
            }
        }
        return s.append('.').toString();
    }

    public String change(ChangeInsight c) {
        StringBuilder s = new StringBuilder(capitalised(c.subject().label())).append(' ')
                .append(HumanNumbers.change(c.baseline(), c.current())).append(" in ").append(spoken(c.period(), c.grain()))
                .append(" on ").append(spoken(c.baselinePeriod(), c.grain())).append(" (").append(value(c.subject(), c.current())).append(" vs ")
                .append(value(c.subject(), c.baseline())).append(')');
        if (!c.path().isEmpty() && top(c).delta() * (c.current() - c.baseline()) < 0) {
            Contribution top = top(c);
            s.append("; against that, ").append(words(top.segment())).append(" moved ").append(signed(c.subject(), top.delta()));
        } else if (!c.path().isEmpty()) {
            Contribution top = c.path().get(0);
            s.append("; ").append(words(top.segment())).append(" contributed ").append(signed(c.subject(), top.delta()))
                    .append(" (").append(HumanNumbers.percent(Math.min(Math.abs(top.share()), 9.99))).append(" of the change)");
            // The next level of the drill-down, where the tree went from the top segment (not the deepest leaf,
            // which is a slice of a slice and reads as a non sequitur).
            if (c.path().size() > 1 && top.segment().contains(c.path().get(1).segment())) {
                s.append(", most of it ").append(words(without(c.path().get(1).segment(), top.segment())));
            }
        }
        return s.append('.').toString();
    }

    public String driver(DriverInsight d) {
        DriverInsight.Driver top = d.drivers().get(0);
        String population = d.subject().scope().isEmpty() ? "rows" : populationOf(d.subject());
        if (d.categorical()) {
            return capitalised(population) + " with " + words(top.segment()) + " are " + HumanNumbers.times(top.ratio())
                    + " as likely to be " + d.outcome() + " (" + HumanNumbers.percent(top.valueInSegment()) + " vs "
                    + HumanNumbers.percent(top.valueInRest()) + "); they are " + HumanNumbers.percent(top.relativeContribution())
                    + " of all " + d.outcome() + " " + population + ".";
        }
        // A ratio of two means is only meaningful when both are positive (amounts); scores are compared as values.
        boolean positive = top.valueInSegment() > 0 && top.valueInRest() > 0 && Double.isFinite(top.ratio());
        return capitalised(d.subject().measure().label()) + " of " + population + " with " + words(top.segment()) + " is "
                + (positive ? HumanNumbers.times(top.ratio()) + " that of the rest (" : "")
                + value(d.subject(), top.valueInSegment()) + (positive ? " vs " : " against ")
                + value(d.subject(), top.valueInRest()) + (positive ? " on average)" : " for the rest")
                + "; they hold " + HumanNumbers.percent(top.relativeContribution()) + " of the " + d.outcome() + " values.";
    }

    public String forecast(ForecastInsight f) {
        Grain grain = Grain.parse(f.grain());
        ForecastInsight.Point first = f.points().get(0);
        ForecastInsight.Point last = f.points().get(f.points().size() - 1);
        String who = capitalised(f.subject().label()) + (f.series() == null ? "" : " for " + words(f.series()));
        StringBuilder s = new StringBuilder(who).append(": about ").append(value(f.subject(), first.value()))
                .append(" expected in ").append(grain.spoken(LocalDate.parse(startOf(first.period(), grain))))
                .append(" (").append(HumanNumbers.percent(f.coverage())).append(" interval ")
                .append(value(f.subject(), first.lower())).append("–").append(value(f.subject(), first.upper()))
                .append(") and ").append(value(f.subject(), last.value())).append(" in ")
                .append(grain.spoken(LocalDate.parse(startOf(last.period(), grain))));
        if (f.seasonalPeriod() > 1) {
            s.append("; a ").append(seasonName(grain, f.seasonalPeriod())).append(" pattern");
            if (!f.peaks().isEmpty()) {
                s.append(" peaking in ").append(andList(f.peaks()));
            }
        }
        if (Double.isFinite(f.backtestMase()) && Double.isFinite(f.seasonalNaiveMase()) && f.seasonalNaiveMase() > 0) {
            String cycle = seasonName(grain, Math.max(f.seasonalPeriod(), grain.seasonalPeriod())).replace("yearly", "year's");
            double gain = 1 - f.backtestMase() / f.seasonalNaiveMase();
            s.append(gain >= 0.005
                    ? "; on past data its " + modelName(f.model()) + " forecasts erred " + HumanNumbers.percent(gain)
                    + " less than repeating last " + cycle + " values"
                    : "; on past data nothing beat repeating last " + cycle + " values, so that is the forecast")
                    .append(" (MASE ").append(String.format(Locale.ROOT, "%.2f vs %.2f", f.backtestMase(), f.seasonalNaiveMase()))
                    .append(')');
        }
        return s.append('.').toString();
    }

    /** The model family without the selection's reasons: "theta (seasonality not tested: ...)" → "theta". */
    private static String modelName(String model) {
        int paren = model.indexOf(" (");
        return paren < 0 ? model : model.substring(0, paren);
    }

    private static Contribution top(ChangeInsight c) {
        return c.path().get(0);
    }

    /** "product SenseIQ Flow Sensor and region East". */
    public String words(Segment segment) {
        return segment.conditions().stream()
                .map(c -> dimensionLabels.apply(c.dimension()) + " " + (c.value() == null ? "(blank)" : c.value()))
                .collect(Collectors.joining(" and "));
    }

    private static Segment without(Segment deeper, Segment parent) {
        List<Segment.Condition> rest = deeper.conditions().stream().filter(c -> !parent.conditions().contains(c)).toList();
        return rest.isEmpty() ? deeper : new Segment(rest);
    }

    private static String populationOf(Subject s) {
        String label = s.label();
        int of = label.lastIndexOf(" of ");
        return of < 0 ? label : label.substring(of + 4);
    }

    private static String spoken(String label, String grain) {
        Grain g = Grain.parse(grain);
        return g.spoken(LocalDate.parse(startOf(label, g)));
    }

    private static String seasonName(Grain grain, int period) {
        return switch (grain) {
            case DAY -> period == 7 ? "weekly" : period + "-day";
            case WEEK -> period == 52 ? "yearly" : period + "-week";
            case MONTH -> period == 12 ? "yearly" : period == 3 ? "quarterly" : period + "-month";
            case QUARTER -> period == 4 ? "yearly" : period + "-quarter";
            case YEAR -> period + "-year";
        };
    }

    private static String unitOf(Grain grain) {
        return grain.name().toLowerCase(Locale.ROOT);
    }

    /** Period labels back to a first day: 2024-11 → 2024-11-01, 2024-Q3 → 2024-07-01, 2024 → 2024-01-01. */
    static String startOf(String label, Grain grain) {
        return switch (grain) {
            case DAY, WEEK -> label;
            case MONTH -> label + "-01";
            case QUARTER -> label.substring(0, 4) + "-" + String.format(Locale.ROOT, "%02d",
                    (Integer.parseInt(label.substring(6)) - 1) * 3 + 1) + "-01";
            case YEAR -> label + "-01-01";
        };
    }

    /** A level is an average per period: a count of 0.11 a month must not read as 0. */
    private static String level(AnomalyInsight a, double v) {
        return HumanNumbers.value(v, a.subject().measure().unit(), false);
    }

    private static String value(AnomalyInsight a, double v) {
        return value(a.subject(), v);
    }

    private static String value(Subject s, double v) {
        return HumanNumbers.value(v, s.measure().unit(), s.measure().aggregation() == io.darkroom.core.catalog.Aggregation.COUNT);
    }

    private static String signed(AnomalyInsight a, double v) {
        return signed(a.subject(), v);
    }

    private static String signed(Subject s, double v) {
        return (v >= 0 ? "+" : "−") + value(s, Math.abs(v));
    }

    static String andList(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
