package io.darkroom.app.alerts;

import io.darkroom.analytics.insight.Insight;

import java.util.Objects;

/**
 * One insight worth telling a watcher about, in the words they read: the narrated sentence and a link
 * to the insight on the web page.
 */
public record Alert(String insightId, String kind, String measure, String period, String sentence, double significance,
                    String link) {
    public Alert {
        Objects.requireNonNull(insightId, "insightId");
        Objects.requireNonNull(sentence, "sentence");
    }

    static Alert of(Insight insight, String publicUrl) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return new Alert(insight.id(), insight.kind(), insight.subject().label(), insight.period(), insight.sentence(),
                insight.score().significance(), base + "/#insight/" + insight.id());
    }
}
