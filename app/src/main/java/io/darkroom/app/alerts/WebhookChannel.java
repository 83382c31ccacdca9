package io.darkroom.app.alerts;

import io.darkroom.app.cli.Json;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** POSTs {@code {watch, measure, digest, alerts: [{sentence, link, ...}]}} as JSON to the watch's URL. */
public final class WebhookChannel implements AlertChannel {
    private final HttpClient client;
    private final Duration timeout;

    public WebhookChannel(Duration timeout) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
    }

    @Override
    public void deliver(Watch watch, List<Alert> alerts, boolean digest) throws AlertDeliveryException {
        if (watch.webhook() == null) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("watch", watch.id());
        body.put("measure", watch.measure());
        body.put("digest", digest);
        body.put("text", EmailChannel.subject(watch, alerts, digest));
        body.put("alerts", alerts);
        HttpRequest request = HttpRequest.newBuilder(watch.webhook()).timeout(timeout)
                .header("Content-Type", "application/json").header("User-Agent", "darkroom-alerts")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new AlertDeliveryException("webhook " + watch.webhook() + " answered HTTP " + response.statusCode(), null);
            }
        } catch (IOException e) {
            throw new AlertDeliveryException("cannot reach webhook " + watch.webhook() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AlertDeliveryException("interrupted while calling webhook " + watch.webhook(), e);
        }
    }
}
