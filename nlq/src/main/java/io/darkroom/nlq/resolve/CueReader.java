package io.darkroom.nlq.resolve;

import io.darkroom.nlq.analyze.DateSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@link Cues} from the analysed lower-case text with plain patterns (function words are a closed set). */
final class CueReader {
    private static final Pattern COUNT = Pattern.compile("\\b(how many|number of|count|how often)\\b");
    private static final Pattern AVERAGE = Pattern.compile("\\b(average|avg|mean|typical)\\b");
    private static final Pattern SUM = Pattern.compile("\\b(total|totals|sum|overall|combined)\\b");
    private static final Pattern MAX = Pattern.compile("\\b(max|maximum|largest|highest|biggest|most expensive)\\b");
    private static final Pattern MIN = Pattern.compile("\\b(min|minimum|smallest|lowest|cheapest)\\b");
    private static final Pattern GRAIN = Pattern.compile("\\b(?:by|per|each|every|a|for each|over|across|over the|across the) (day|week|month|quarter|year)s?\\b"
            + "|\\b(daily|weekly|monthly|quarterly|yearly|annually|annual)\\b|\\b(over time|trend|trending|evolution|evolved?|timeline|time series)\\b");
    private static final Pattern WHY = Pattern.compile("^why\\b|\\bwhy (did|is|was|are|were|do|does|has|have)\\b|\\bwhat (caused|happened)\\b|\\bexplain the (drop|rise|change|increase|decrease)\\b");
    private static final Pattern DRIVERS = Pattern.compile("\\b(drivers?|drives?|driving|what explains|influences?|factors?|key influencers?)\\b");
    private static final Pattern ANOMALIES = Pattern.compile("\\b(anomal\\w*|unusual|outliers?|spikes?|abnormal|strange|odd)\\b");
    private static final Pattern FORECAST = Pattern.compile("\\b(forecast\\w*|predict\\w*|projection|project|expect\\w*|next (\\d+|one|two|three|six|twelve) (day|week|month|quarter|year)s?|next (day|week|month|quarter|year))\\b");
    private static final Pattern HORIZON = Pattern.compile("\\bnext (\\d+|one|two|three|six|twelve)\\b");
    private static final Pattern VERSUS = Pattern.compile("\\b(vs\\.?|versus|compared? (to|with)|compare|against)\\b");
    private static final Pattern YOY = Pattern.compile("\\b(year over year|year-over-year|yoy|same period last year|vs last year|versus last year|compared to last year)\\b");
    private static final Pattern POP = Pattern.compile("\\b(previous period|prior period|period over period|month over month|quarter over quarter|mom|qoq)\\b");
    private static final Pattern SHARE = Pattern.compile("\\b(share|percentage|percent|proportion|% of)\\b");
    private static final Pattern SEARCH = Pattern.compile("\\b(documents?|e-?mails?|files?|messages?|letters?|texts?) (that )?(mention\\w*|about|containing|contain|with the words?|referring to|talking about|discussing|say\\w*)\\b"
            + "|^(find|search( for)?|look for)\\b|\\b(mentions?|mentioning) of\\b|\\bshow me (those|these|the) documents\\b");
    // A question word may follow a leading preposition ("in what city ...", "for which team ..."); "name the ..." asks for a name.
    private static final Pattern LOOKUP = Pattern.compile("^((in|on|at|from|for|to|during|by|of|with|against|after|before) )?"
            + "(what|which|who|whom|whose|where|when|show|list|give|tell|name)\\b|\\b(what is|what's|what are|who is|who are)\\b");
    private static final Pattern FOLLOW_UP = Pattern.compile("^(and|what about|how about|and what about|now|same|also|just|only|then|but)\\b|^(by|per) \\w+ ?\\??$|^why\\s*\\??$");
    private static final Pattern GROUP_BY = Pattern.compile("\\b(by|per|for each|for every|broken down by|split by|grouped by|across|in each|for all|each|every)\\b ");
    private static final Pattern NEGATION = Pattern.compile("\\b(not|n't|excluding|exclude|except|other than|without|apart from|outside|but not|no)\\b( in| from| for| of)? ?");
    private static final Pattern RANK_WORDS = Pattern.compile("\\b(top|bottom|best|worst|first|last) (\\d+|three|five|ten)\\b");

    Cues read(String text) {
        List<int[]> consumed = new ArrayList<>();
        DateSpec.Unit grain = null;
        Matcher g = GRAIN.matcher(text);
        String w = null;
        while (g.find()) {
            // "over time by year": a named unit wins over the unit-less "over time" (a month by default).
            String named = g.group(1) != null ? g.group(1) : g.group(2);
            w = named != null ? named : w == null ? "month" : w;
            consumed.add(new int[]{g.start(), g.end()});
            if (named != null) {
                break;
            }
        }
        if (w != null) {
            grain = switch (w) {
                case "day", "daily" -> DateSpec.Unit.DAY;
                case "week", "weekly" -> DateSpec.Unit.WEEK;
                case "quarter", "quarterly" -> DateSpec.Unit.QUARTER;
                case "year", "yearly", "annually", "annual" -> DateSpec.Unit.YEAR;
                default -> DateSpec.Unit.MONTH;
            };
        }
        Cues.Aggregate aggregate = AVERAGE.matcher(text).find() ? Cues.Aggregate.AVERAGE
                : SUM.matcher(text).find() ? Cues.Aggregate.SUM
                : MAX.matcher(text).find() ? Cues.Aggregate.MAX
                : MIN.matcher(text).find() ? Cues.Aggregate.MIN : Cues.Aggregate.NONE;
        boolean forecast = FORECAST.matcher(text).find();
        int horizon = 0;
        if (forecast) {
            Matcher h = HORIZON.matcher(text);
            horizon = h.find() ? number(h.group(1)) : 3;
            Matcher f = FORECAST.matcher(text);
            while (f.find()) {
                consumed.add(new int[]{f.start(), f.end()});
            }
        }
        Cues.CompareCue compare = YOY.matcher(text).find() ? Cues.CompareCue.YEAR_OVER_YEAR
                : POP.matcher(text).find() ? Cues.CompareCue.PREVIOUS_PERIOD
                : SHARE.matcher(text).find() ? Cues.CompareCue.SHARE
                : VERSUS.matcher(text).find() ? Cues.CompareCue.VERSUS : Cues.CompareCue.NONE;
        return new Cues(COUNT.matcher(text).find(), aggregate, grain, WHY.matcher(text).find(), DRIVERS.matcher(text).find(),
                ANOMALIES.matcher(text).find(), forecast, horizon, compare, SEARCH.matcher(text).find(),
                LOOKUP.matcher(text).find(), FOLLOW_UP.matcher(text).find(), ends(GROUP_BY, text), ends(NEGATION, text), consumed);
    }

    static boolean rankWords(String text) {
        return RANK_WORDS.matcher(text).find();
    }

    private static List<Integer> ends(Pattern p, String text) {
        List<Integer> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.end());
        }
        return out;
    }

    static int number(String s) {
        return switch (s) {
            case "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "ten" -> 10;
            case "twelve" -> 12;
            default -> Math.max(1, Math.min(1000, Integer.parseInt(s)));
        };
    }
}
