package io.darkroom.app.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.darkroom.analytics.insight.AnomalyInsight;
import io.darkroom.analytics.insight.ChangeInsight;
import io.darkroom.analytics.insight.Insight;
import io.darkroom.analytics.insight.InsightScore;
import io.darkroom.analytics.insight.Segment;
import io.darkroom.analytics.insight.Subject;
import io.darkroom.app.cli.Json;
import io.darkroom.core.DarkroomException;
import io.darkroom.core.catalog.Aggregation;
import io.darkroom.core.catalog.Measure;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Alerts through a real SMTP server (GreenMail) and a real HTTP listener, both on 127.0.0.1. */
class AlertDispatcherTest {
    private static final Measure DOCUMENTS = new Measure("documents", "documents", "facts", Aggregation.COUNT, null, null, null, List.of());
    private static final Measure AMOUNT = new Measure("total_amount", "total amount", "facts", Aggregation.SUM, "amount", null, "EUR", List.of());
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    @TempDir
    Path home;

    private GreenMail smtp;
    private HttpServer listener;
    private final List<JsonNode> posted = new CopyOnWriteArrayList<>();
    private WatchStore store;

    @BeforeEach
    void start() throws IOException {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        listener = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        listener.createContext("/hook", exchange -> {
            posted.add(Json.mapper().readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        listener.start();
        store = new WatchStore(home);
    }

    @AfterEach
    void stop() {
        smtp.stop();
        listener.stop(0);
    }

    private URI hook() {
        return URI.create("http://127.0.0.1:" + listener.getAddress().getPort() + "/hook");
    }

    private AlertDispatcher dispatcher() {
        MailServer mail = new MailServer("127.0.0.1", smtp.getSmtp().getPort(), "darkroom@example.org", null, null, false);
        return new AlertDispatcher(store, new WebhookChannel(Duration.ofSeconds(5)), new EmailChannel(mail), "http://darkroom.test/");
    }

    private static Subject subject(Measure m, String label) {
        return new Subject(m, List.of(new Segment.Condition("doc_type", label.contains("ticket") ? "ticket" : "invoice")),
                label, "best_date", List.of("field_product"));
    }

    private static Insight ticketSpike(String period, double significance) {
        return new AnomalyInsight(subject(DOCUMENTS, "tickets"), null, period, "month", 15, 1, 9.0, false, List.of(),
                new InsightScore(significance, 0.8, 1), "Tickets in " + period + ": 15, 15x the expected 1.");
    }

    private static Insight invoiceChange() {
        return new ChangeInsight(subject(AMOUNT, "total amount of invoices"), "month", "2024-07", "2024-06", 400, 1000,
                null, List.of(), new InsightScore(0.99, 0.7, 1), "Total amount of invoices fell 60 % in Jul 2024.");
    }

    private Watch watch(String id, String measure, Set<String> kinds, double min, URI webhook, List<String> emails,
                        Watch.Cadence cadence) {
        return store.add(new Watch(id, measure, kinds, min, webhook, emails, cadence, T0.minus(Duration.ofHours(2))));
    }

    @Test
    void aNewAnomalyOnAWatchedMeasureReachesTheWebhookAndTheMailboxOnceWithItsSentenceAndLink() throws Exception {
        watch("w1", "tickets", Set.of(), 0.9, hook(), List.of("ops@example.org"), Watch.Cadence.IMMEDIATE);
        List<Insight> feed = List.of(ticketSpike("2024-11", 0.99), invoiceChange(), ticketSpike("2024-12", 0.95));

        AlertDispatcher.Report first = dispatcher().dispatch(feed, T0);

        assertThat(first.failures()).isEmpty();
        assertThat(first.sent()).isEqualTo(2);   // one webhook call and one e-mail, each with both ticket findings
        assertThat(first.alerts()).isEqualTo(4);
        assertThat(posted).hasSize(1);
        JsonNode body = posted.get(0);
        assertThat(body.get("measure").asText()).isEqualTo("tickets");
        assertThat(body.get("alerts")).hasSize(2);
        assertThat(body.get("alerts").get(0).get("sentence").asText()).isEqualTo("Tickets in 2024-11: 15, 15x the expected 1.");
        assertThat(body.get("alerts").get(0).get("link").asText()).isEqualTo("http://darkroom.test/#insight/" + feed.get(0).id());
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo("Darkroom: 2 new findings about tickets");
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("ops@example.org");
        assertThat(GreenMailUtil.getBody(mails[0])).contains("Tickets in 2024-12: 15, 15x the expected 1.",
                "http://darkroom.test/#insight/" + feed.get(2).id()).doesNotContain("invoices");

        AlertDispatcher.Report again = dispatcher().dispatch(feed, T0.plusSeconds(3600));
        assertThat(again.sent()).isZero();
        assertThat(posted).hasSize(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void kindAndSignificanceFiltersKeepWeakerOrOtherFindingsOut() {
        watch("w2", "invoices", Set.of("anomaly"), 0.5, hook(), List.of(), Watch.Cadence.IMMEDIATE);
        watch("w3", "tickets", Set.of(), 0.97, hook(), List.of(), Watch.Cadence.IMMEDIATE);

        dispatcher().dispatch(List.of(ticketSpike("2024-11", 0.99), invoiceChange(), ticketSpike("2024-12", 0.95)), T0);

        // w2 wants invoice anomalies (there is only a change); w3 only findings at least 97 % sure
        assertThat(posted).hasSize(1);
        assertThat(posted.get(0).get("watch").asText()).isEqualTo("w3");
        assertThat(posted.get(0).get("alerts")).extracting(a -> a.get("period").asText()).containsExactly("2024-11");
    }

    @Test
    void aWebhookThatIsDownKeepsItsAlertsPendingWithoutHoldingBackTheEmailAndGetsThemLater() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        watch("w4", "tickets", Set.of(), 0, URI.create("http://127.0.0.1:" + closed + "/hook"), List.of("a@example.org"),
                Watch.Cadence.IMMEDIATE);

        AlertDispatcher.Report down = dispatcher().dispatch(List.of(ticketSpike("2024-11", 0.99)), T0);

        assertThat(down.sent()).isEqualTo(1);
        assertThat(down.pending()).isEqualTo(1);
        assertThat(down.failures()).singleElement().asString().contains("w4", "webhook", "cannot reach");
        assertThat(smtp.getReceivedMessages()).hasSize(1);

        // the receiver moves to a working URL: the pending alert and the new one go out together
        store.remove("w4");
        watch("w4", "tickets", Set.of(), 0, hook(), List.of(), Watch.Cadence.IMMEDIATE);
        AlertDispatcher.Report up = dispatcher().dispatch(List.of(ticketSpike("2024-12", 0.99)), T0.plusSeconds(60));
        assertThat(up.failures()).isEmpty();
        assertThat(posted).singleElement().satisfies(b -> assertThat(b.get("alerts")).hasSize(1));
    }

    @Test
    void aDailyDigestGathersADaysFindingsIntoOneMessageWhenTheDayIsOver() throws Exception {
        watch("w5", "tickets", Set.of(), 0, null, List.of("boss@example.org"), Watch.Cadence.DAILY);

        AlertDispatcher.Report morning = dispatcher().dispatch(List.of(ticketSpike("2024-11", 0.99)), T0);
        assertThat(morning.sent()).isZero();
        assertThat(morning.pending()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).isEmpty();

        AlertDispatcher.Report nextDay = dispatcher().dispatch(List.of(ticketSpike("2024-11", 0.99), ticketSpike("2024-12", 0.9)),
                T0.plus(Duration.ofHours(23)));
        assertThat(nextDay.sent()).isEqualTo(1);
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo("Darkroom daily digest for tickets: 2 findings");
        assertThat(GreenMailUtil.getBody(mails[0])).contains("Tickets in 2024-11", "Tickets in 2024-12");

        // the next day's digest carries only what is new since
        dispatcher().dispatch(List.of(ticketSpike("2024-12", 0.9), ticketSpike("2025-01", 0.9)), T0.plus(Duration.ofHours(47)));
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(GreenMailUtil.getBody(smtp.getReceivedMessages()[1])).contains("Tickets in 2025-01").doesNotContain("2024-12");
    }

    @Test
    void watchesWithoutAChannelOrWithABadAddressAreRefusedWithAPlainMessage() {
        assertThatThrownBy(() -> new Watch("x", "tickets", Set.of(), 0, null, List.of(), Watch.Cadence.IMMEDIATE, T0))
                .isInstanceOf(DarkroomException.class).hasMessageContaining("without a channel");
        assertThatThrownBy(() -> new Watch("x", "tickets", Set.of(), 0, null, List.of("not-an-address"), Watch.Cadence.IMMEDIATE, T0))
                .isInstanceOf(DarkroomException.class).hasMessageContaining("not an e-mail address");
        assertThatThrownBy(() -> new Watch("x", "tickets", Set.of(), 0, URI.create("file:///etc/passwd"), List.of(), Watch.Cadence.IMMEDIATE, T0))
                .isInstanceOf(DarkroomException.class).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> new Watch("x", "tickets", Set.of("forecasts"), 0, hook(), List.of(), Watch.Cadence.IMMEDIATE, T0))
                .isInstanceOf(DarkroomException.class).hasMessageContaining("anomaly, change, forecast or driver");
    }

    @Test
    void watchesSurviveAReloadAndRemovalForgetsThem() {
        watch("w6", "Total Amount of Invoices", Set.of("change"), 0.8, hook(), List.of("a@example.org"), Watch.Cadence.WEEKLY);

        List<Watch> reloaded = new WatchStore(home).watches();
        assertThat(reloaded).singleElement().satisfies(w -> {
            assertThat(w.measure()).isEqualTo("total amount of invoices");
            assertThat(w.cadence()).isEqualTo(Watch.Cadence.WEEKLY);
            assertThat(w.webhook()).isEqualTo(hook());
        });
        assertThat(new WatchStore(home).remove("w6")).isTrue();
        assertThat(new WatchStore(home).watches()).isEmpty();
        assertThat(new WatchStore(home).remove("w6")).isFalse();
    }
}
