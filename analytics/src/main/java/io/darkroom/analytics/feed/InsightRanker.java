package io.darkroom.analytics.feed;

import io.darkroom.analytics.insight.Insight;
import io.darkroom.analytics.insight.InsightScore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders the feed by significance × magnitude × novelty, without letting one story crowd out the
 * rest: exact duplicates (same id) keep their best copy, and each pick lowers the novelty of what
 * remains about the same subject (×{@value #SAME_SUBJECT}) and about the same period and kind
 * (×{@value #SAME_EVENT}: the ticket spike seen in "documents" and in "tickets" is one event).
 */
final class InsightRanker {
    static final double SAME_SUBJECT = 0.7;
    static final double SAME_EVENT = 0.5;

    List<Insight> rank(List<Insight> insights, int keep) {
        Map<String, Insight> unique = new LinkedHashMap<>();
        for (Insight i : insights) {
            unique.merge(i.id(), i, (a, b) -> a.score().value() >= b.score().value() ? a : b);
        }
        List<Insight> pool = new ArrayList<>(unique.values());
        Map<String, Integer> bySubject = new HashMap<>();
        Map<String, Integer> byEvent = new HashMap<>();
        List<Insight> ranked = new ArrayList<>();
        while (!pool.isEmpty() && ranked.size() < keep) {
            Insight best = null;
            double bestValue = -1;
            for (Insight i : pool) {
                double v = i.score().value() * penalty(i, bySubject, byEvent);
                if (v > bestValue) {
                    bestValue = v;
                    best = i;
                }
            }
            pool.remove(best);
            double factor = penalty(best, bySubject, byEvent);
            InsightScore s = best.score();
            ranked.add(best.withScore(s.withNovelty(s.novelty() * factor)));
            bySubject.merge(best.subject().key() + "|" + best.kind(), 1, Integer::sum);
            if (best.period() != null) {
                byEvent.merge(event(best), 1, Integer::sum);
            }
        }
        return ranked;
    }

    private static double penalty(Insight i, Map<String, Integer> bySubject, Map<String, Integer> byEvent) {
        int subject = bySubject.getOrDefault(i.subject().key() + "|" + i.kind(), 0);
        int event = i.period() == null ? 0 : byEvent.getOrDefault(event(i), 0);
        return Math.pow(SAME_SUBJECT, subject) * Math.pow(SAME_EVENT, event);
    }

    private static String event(Insight i) {
        return i.kind() + "|" + i.subject().measure().table() + "|" + i.period();
    }
}
