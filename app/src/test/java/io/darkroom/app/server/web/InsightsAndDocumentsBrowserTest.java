package io.darkroom.app.server.web;

import io.darkroom.app.cli.Json;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The insight feed, autocomplete and the document view in headless chromium, against a hand-written fake of
 * the API that answers with the JSON shapes of docs/api.md (the page's contract; the real endpoints are tested
 * with the server). No Spark: the fake answers at once.
 */
class InsightsAndDocumentsBrowserTest {
    private static final String ANOMALY = """
            {"id": "ins-1", "kind": "anomaly", "rank": 1, "measure": "total_amount", "table": "facts",
             "scope": "doc_type = invoice", "segment": "organization = Corvid Systems Corp.", "dimensions": ["organization"],
             "period": "2024-11", "score": 0.87, "significance": 0.99, "magnitude": 0.6, "novelty": 1.0,
             "sentence": "Invoice amount for Corvid Systems Corp. jumped to EUR 48,200 in November 2024, 3.1 times its usual level.",
             "evidence": {"subject": {"label": "total amount of invoices"}, "period": "2024-11", "grain": "month",
                          "observed": 48200.0, "expected": 15500.0, "severity": 6.2},
             "runId": "run-1", "createdAt": "2026-11-27T23:10:00Z"}""";
    private static final String FORECAST = """
            {"id": "ins-2", "kind": "forecast", "rank": 2, "measure": "documents", "table": "facts", "scope": null,
             "segment": null, "dimensions": [], "period": "2025-01", "score": 0.5, "significance": 0.6, "magnitude": 0.9,
             "novelty": 0.9, "sentence": "Documents should reach about 80 a month over the next 3 months.",
             "evidence": {"grain": "month", "points": [
                {"period": "2025-01", "value": 78, "lower": 70, "upper": 86},
                {"period": "2025-02", "value": 80, "lower": 71, "upper": 89},
                {"period": "2025-03", "value": 83, "lower": 72, "upper": 94}]},
             "runId": "run-1", "createdAt": "2026-11-27T23:10:00Z"}""";
    /** "Alice Lee" at 6..15 and "Corvid Systems Corp." at 31..51 of the text. */
    private static final String EMAIL = """
            {"id": "d-1", "path": "/data/mail/box.mbox", "parentId": null, "embeddedPath": "", "depth": 0,
             "title": "Re: refund", "author": "Ann Lee", "mime": "message/rfc822", "language": "en", "type": "email",
             "date": "2024-11-04", "created": "2024-11-04T09:12:00Z", "modified": null, "pages": null, "wordCount": 12,
             "email": {"from": "ann@corvid.example", "to": ["bob@acme.example"], "cc": [], "subject": "Re: refund",
                       "sentAt": "2024-11-04T09:12:00Z", "messageId": "<1>", "inReplyTo": null, "threadId": "msgid:<1>"},
             "text": "Hello Alice Lee, the refund to Corvid Systems Corp. is booked.",
             "metadata": {"Content-Type": "message/rfc822"},
             "entities": [
               {"type": "PERSON", "text": "Alice Lee", "begin": 6, "end": 15, "sentence": 0, "canonical": "alice lee",
                "normalized": null, "amount": null, "currency": null, "date": null},
               {"type": "ORGANIZATION", "text": "Corvid Systems Corp.", "begin": 31, "end": 51, "sentence": 0,
                "canonical": "corvid systems", "normalized": null, "amount": null, "currency": null, "date": null}],
             "parent": null,
             "attachments": [{"id": "d-2", "title": "invoice.pdf", "mime": "application/pdf", "embeddedPath": "/invoice.pdf"}],
             "originalAvailable": true}""";
    private static final String ATTACHMENT = """
            {"id": "d-2", "path": "/data/mail/box.mbox", "parentId": "d-1", "embeddedPath": "/invoice.pdf", "depth": 1,
             "title": "invoice.pdf", "author": null, "mime": "application/pdf", "language": "en", "type": "invoice",
             "date": "2024-11-04", "created": null, "modified": null, "pages": 1, "wordCount": 3, "email": null,
             "text": "Invoice INV-7 total", "metadata": {}, "entities": [], "parent": {"id": "d-1", "title": "Re: refund",
             "mime": "message/rfc822"}, "attachments": [], "originalAvailable": true}""";

    private static final Queue<String> REQUESTS = new ConcurrentLinkedQueue<>();
    private static final Queue<String> FEEDBACK = new ConcurrentLinkedQueue<>();
    private static final String KEY = "drk_test_key";
    private static volatile boolean requireKey;
    private static Javalin fakeApi;
    private static HeadlessChromium chromium;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        chromium = HeadlessChromium.start();
        fakeApi = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            WebPage.register(config);
            // Like the real server with keys on: every /api route wants the key, as a Bearer header.
            config.routes.before("/api/*", ctx -> {
                if (requireKey && !("Bearer " + KEY).equals(ctx.header("Authorization"))) {
                    REQUESTS.add("401 " + ctx.path());
                    throw new UnauthorizedResponse("{\"code\": \"unauthorized\", \"message\": \"Send an API key\"}");
                }
            });
            config.routes.get("/api/insights", ctx -> json(ctx, page(ANOMALY + "," + FORECAST, 2)));
            config.routes.get("/api/suggestions", ctx -> json(ctx, """
                    {"items": [{"text": "invoice", "kind": "value", "table": "facts", "column": "doc_type", "count": 412},
                               {"text": "invoice amount", "kind": "measure", "table": "facts", "name": "total_amount"}],
                     "examples": ["how many invoices were there in 2024", "total amount by month"]}"""));
            config.routes.get("/api/documents", ctx -> json(ctx, page("""
                    {"id": "d-1", "title": "Re: refund", "path": "/data/mail/box.mbox", "mime": "message/rfc822",
                     "type": "email", "date": "2024-11-04", "parentId": null, "wordCount": 12,
                     "snippet": "... the refund to Corvid Systems Corp. is booked ..."}""", 1)));
            config.routes.get("/api/documents/{id}", ctx -> json(ctx, ctx.pathParam("id").equals("d-1") ? EMAIL : ATTACHMENT));
            config.routes.post("/api/answers/{id}/feedback", ctx -> {
                FEEDBACK.add(ctx.pathParam("id") + " " + ctx.body());
                ctx.status(201);
                json(ctx, "{\"id\": \"f-1\"}");
            });
            config.routes.post("/api/ask", ctx -> {
                String question = Json.mapper().readTree(ctx.body()).get("question").asText();
                json(ctx, question.startsWith("documents mentioning") ? """
                    {"answerId": "a-2", "session": "s", "question": %s, "kind": "document_search", "interpretation": "I read this as: search",
                     "sentence": "1 document mentions refund; the best match is Re: refund.", "table": {"columns": ["document", "title",
                     "matches", "snippet"], "rows": [["d-1", "Re: refund", 1, "the refund to Corvid"]]}, "sql": null,
                     "chart": {"type": "table", "vegaLite": null}, "followUps": [], "confidence": 0.9, "tableUsed": "documents"}"""
                        .formatted(Json.write(question)) : """
                    {"answerId": "a-1", "session": "s", "question": %s, "kind": "why", "interpretation": "I read this as: why",
                     "sentence": "Corvid Systems Corp. carries 90 %% of the rise.", "table": {"columns": ["organization", "change"],
                     "rows": [["Corvid Systems Corp.", 32700]]}, "sql": null, "chart": {"type": "table", "vegaLite": null},
                     "followUps": [], "confidence": 0.8, "tableUsed": "facts"}""".formatted(Json.write(question)));
            });
        }).start("127.0.0.1", 0);
        wait = new WebDriverWait(chromium.driver(), Duration.ofSeconds(20));
    }

    private static String page(String items, int total) {
        return "{\"items\": [" + items + "], \"total\": " + total + ", \"limit\": 20, \"offset\": 0}";
    }

    private static void json(Context ctx, String body) {
        REQUESTS.add(ctx.method() + " " + ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()));
        ctx.contentType("application/json").result(body);
    }

    @AfterAll
    static void stop() {
        if (fakeApi != null) {
            fakeApi.stop();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void noScriptErrors() {
        assertThat(chromium.scriptErrors()).isEmpty();
    }

    @BeforeEach
    void openPage() {
        REQUESTS.clear();
        FEEDBACK.clear();
        requireKey = false;
        chromium.resize(1280, 900);
        chromium.driver().get("http://127.0.0.1:" + fakeApi.port() + "/");
    }

    @Test
    void theFeedShowsEachInsightWithAMiniChartOfItsOwnNumbers() {
        List<WebElement> cards = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#insights .insight"), 2));
        WebElement anomaly = cards.get(0);
        assertThat(anomaly.findElement(By.tagName("p")).getText()).startsWith("Invoice amount for Corvid Systems Corp. jumped");
        // Anomaly: expected vs observed, two bars; forecast: one point per forecast period (3).
        wait.until(d -> anomaly.findElements(By.cssSelector(".mini svg .mark-rect path")).size() == 2);
        wait.until(d -> cards.get(1).findElements(By.cssSelector(".mini svg .mark-symbol path")).size() == 3);
        chromium.screenshot("insight-feed");
    }

    @Test
    void whyAsksAWhyQuestionAboutTheInsightsSubjectSegmentAndMonth() {
        WebElement anomaly = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#insights .insight[data-id='ins-1']")));
        anomaly.findElement(By.xpath(".//button[text()='Why?']")).click();

        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-1")));
        assertThat(card.findElement(By.className("question-text")).getText()).isEqualTo("why did total amount of invoices for Corvid Systems Corp. change in November 2024");
        assertThat(card.findElement(By.className("sentence")).getText()).isEqualTo("Corvid Systems Corp. carries 90 % of the rise.");
        // A table answer shows its table open, since there is no chart.
        assertThat(card.findElement(By.cssSelector(".table-wrap tbody td")).isDisplayed()).isTrue();
    }

    @Test
    void showDocumentsSearchesTheInsightsTypePeriodAndSegmentAndOpensADocumentWithItsEntitiesMarked() {
        WebElement anomaly = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#insights .insight[data-id='ins-1']")));
        anomaly.findElement(By.xpath(".//button[text()='Show documents']")).click();

        WebElement result = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#search-results button.link")));
        assertThat(REQUESTS).contains("GET /api/documents?type=invoice&q=Corvid+Systems+Corp.&from=2024-11-01&to=2024-11-30&limit=20");
        result.click();

        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("document")));
        assertThat(dialog.findElement(By.id("doc-title")).getText()).isEqualTo("Re: refund");
        assertThat(HeadlessChromium.texts(dialog.findElements(By.cssSelector(".doc-text mark.entity"))))
                .containsExactly("Alice Lee", "Corvid Systems Corp.");
        assertThat(dialog.findElement(By.className("doc-text")).getText())
                .isEqualTo("Hello Alice Lee, the refund to Corvid Systems Corp. is booked.");
        assertThat(dialog.findElement(By.linkText("Download the original")).getAttribute("href")).endsWith("/api/documents/d-1/original");
        assertThat(dialog.getText()).contains("ann@corvid.example").contains("bob@acme.example");
        chromium.screenshot("document");

        dialog.findElement(By.xpath(".//button[text()='invoice.pdf']")).click();
        wait.until(ExpectedConditions.textToBe(By.id("doc-title"), "invoice.pdf"));
        assertThat(dialog.findElement(By.className("doc-text")).getText()).isEqualTo("Invoice INV-7 total");
        assertThat(dialog.findElement(By.xpath(".//button[text()='Re: refund']")).isDisplayed()).isTrue();
        dialog.findElement(By.id("doc-close")).click();
        wait.until(ExpectedConditions.invisibilityOf(dialog));
    }

    @Test
    void aDocumentSearchAnswersTitlesOpenTheDocument() {
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-panels", "loaded"));
        chromium.driver().findElement(By.id("question")).sendKeys("documents mentioning refund", Keys.ENTER);

        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-1")));
        card.findElement(By.xpath(".//td/button[text()='Re: refund']")).click();

        wait.until(ExpectedConditions.textToBe(By.id("doc-title"), "Re: refund"));
        assertThat(REQUESTS).contains("GET /api/documents/d-1");
    }

    @Test
    void noAsksWhatWasWrongAndEnterSendsTheVerdictWithTheComment() {
        chromium.driver().findElement(By.id("question")).sendKeys("why did invoices rise", Keys.ENTER);
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-1")));
        WebElement no = card.findElement(By.xpath(".//form[@class='feedback']//button[text()='No']"));

        no.click();
        WebElement comment = card.findElement(By.name("comment"));
        assertThat(chromium.driver().switchTo().activeElement()).isEqualTo(comment);
        comment.sendKeys("credit notes are missing", Keys.ENTER);

        wait.until(ExpectedConditions.textToBePresentInElement(card.findElement(By.className("feedback-status")), "noted"));
        assertThat(FEEDBACK).containsExactly("a-1 {\"verdict\":\"wrong\",\"comment\":\"credit notes are missing\"}");
        chromium.screenshot("feedback");
    }

    @Test
    void aServerThatWantsAKeyGetsOneFromTheBannerAndThenEveryPanelLoads() {
        requireKey = true;
        chromium.driver().navigate().refresh();
        chromium.script("sessionStorage.removeItem('darkroom.apiKey');");
        chromium.driver().navigate().refresh();
        WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("key-banner")));
        assertThat(chromium.driver().findElement(By.id("insights-panel")).isDisplayed()).isFalse();

        chromium.driver().findElement(By.id("api-key")).sendKeys(KEY, Keys.ENTER);

        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#insights .insight"), 2));
        assertThat(banner.isDisplayed()).isFalse();
        chromium.driver().findElement(By.id("question")).sendKeys("why did invoices rise", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-1")));
        chromium.script("sessionStorage.removeItem('darkroom.apiKey');");
    }

    @Test
    void typingCompletesTheLastWordFromTheCatalogAndExamplesAreOneClickAway() {
        assertThat(wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#example-list button"), 2)))
                .extracting(WebElement::getText).containsExactly("how many invoices were there in 2024", "total amount by month");
        chromium.driver().findElement(By.id("question")).sendKeys("how many inv");

        wait.until(d -> d.findElements(By.cssSelector("#suggestions option")).size() == 2);
        assertThat(REQUESTS).contains("GET /api/suggestions?prefix=inv&limit=8");
        assertThat(chromium.driver().findElements(By.cssSelector("#suggestions option")))
                .extracting(o -> o.getAttribute("value")).containsExactly("how many invoice", "how many invoice amount");
    }
}
