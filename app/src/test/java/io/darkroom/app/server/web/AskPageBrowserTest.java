package io.darkroom.app.server.web;

import io.darkroom.app.server.DarkroomServer;
import io.darkroom.app.server.FactsFixture;
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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ask page in a real headless chromium against the real server over a small facts table: questions typed
 * and sent with the keyboard, the answer's Vega-Lite chart drawn with one mark per result row, follow-up chips
 * and clarification options asking the next question in the same conversation, the table sorting.
 */
class AskPageBrowserTest {
    /** 3 invoices in 2024, 2 e-mails, 1 ticket: three document types. */
    private static final String[][] DOCS = {
            {"invoice", "2024-01-05"}, {"invoice", "2024-02-10"}, {"invoice", "2024-03-01"},
            {"email", "2024-01-20"}, {"email", "2024-03-15"}, {"ticket", "2023-12-01"}};

    private static DarkroomServer server;
    private static HeadlessChromium chromium;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        chromium = HeadlessChromium.start();
        server = DarkroomServer.start(FactsFixture.answerer(DOCS), "127.0.0.1", 0);
        // The first question of a JVM plans and runs Spark jobs: allow for it.
        wait = new WebDriverWait(chromium.driver(), Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
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
        chromium.resize(1280, 900);
        chromium.driver().get("http://127.0.0.1:" + server.port() + "/");
        // A fresh conversation per test, so answer numbering starts at 1.
        chromium.driver().findElement(By.id("new-conversation")).click();
    }

    @Test
    void aBreakdownAnswerDrawsOneBarPerResultRowAndAnnouncesTheSentence() {
        WebElement card = askWithKeyboard("how many documents by doc type", 1);

        assertThat(card.getAttribute("data-kind")).isEqualTo("breakdown");
        List<WebElement> rows = card.findElements(By.cssSelector(".table-wrap tbody tr"));
        assertThat(rows).hasSize(3);
        assertThat(card.findElements(By.cssSelector(".chart svg .mark-rect path"))).hasSize(rows.size());
        String sentence = card.findElement(By.className("sentence")).getText();
        assertThat(sentence).isNotBlank();
        WebElement announcer = chromium.driver().findElement(By.id("announcer"));
        assertThat(announcer.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(announcer.getAttribute("textContent")).isEqualTo("Answer: " + sentence);
        chromium.screenshot("breakdown");
    }

    @Test
    void aTotalIsDrawnAsOneBigNumberAndTheReadingAndSqlAreBehindADisclosure() {
        WebElement card = askWithKeyboard("how many invoices were there in 2024", 1);

        assertThat(card.getAttribute("data-kind")).isEqualTo("aggregate");
        assertThat(HeadlessChromium.texts(card.findElements(By.cssSelector(".chart svg .mark-text text")))).containsExactly("3");
        WebElement sql = card.findElement(By.cssSelector(".reading .sql"));
        assertThat(sql.isDisplayed()).isFalse();
        card.findElement(By.cssSelector(".reading summary")).click();
        assertThat(sql.isDisplayed()).isTrue();
        assertThat(sql.getText()).containsIgnoringCase("select");
        assertThat(card.findElement(By.className("interpretation")).getText()).startsWith("I read this as");
    }

    @Test
    void aFollowUpChipAsksItsTextInTheSameConversation() {
        WebElement first = askWithKeyboard("how many documents by doc type", 1);
        WebElement chip = first.findElements(By.cssSelector(".followups .chip")).get(0);
        String followUp = chip.getText();
        chip.click();

        WebElement second = answer(2);
        assertThat(second.findElement(By.className("question-text")).getText()).isEqualTo(followUp);
        assertThat(second.findElement(By.className("sentence")).getText()).isNotBlank();
        // The answer that the chip asked for has keyboard focus (the chip's card moved down the page).
        assertThat(chromium.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("answer-2");
        assertThat(HeadlessChromium.texts(chromium.driver().findElements(By.cssSelector("#history li"))))
                .containsExactly("how many documents by doc type", followUp);
        chromium.screenshot("follow-up");
    }

    @Test
    void aClarificationOffersItsOptionsAsButtonsThatAskThem() {
        WebElement card = askWithKeyboard("hello there", 1);

        assertThat(card.getAttribute("data-kind")).isEqualTo("clarify");
        List<WebElement> options = card.findElements(By.cssSelector(".clarify .option"));
        assertThat(options).isNotEmpty();
        String option = options.get(0).getText();
        chromium.screenshot("clarification");
        options.get(0).click();

        WebElement answer = answer(2);
        assertThat(answer.findElement(By.className("question-text")).getText()).isEqualTo(option);
        assertThat(answer.getAttribute("data-kind")).isNotEqualTo("clarify");
    }

    @Test
    void clickingAColumnHeaderSortsTheTableAndClickingAgainReversesIt() {
        WebElement card = askWithKeyboard("how many documents by doc type", 1);
        card.findElement(By.cssSelector(".table-details summary")).click();
        WebElement header = card.findElements(By.cssSelector(".table-wrap th")).get(1);

        header.findElement(By.tagName("button")).click();
        assertThat(header.getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(column(card, 1)).containsExactly("1", "2", "3");
        header.findElement(By.tagName("button")).sendKeys(Keys.ENTER);
        assertThat(header.getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(column(card, 1)).containsExactly("3", "2", "1");
        assertThat(column(card, 0)).containsExactly("invoice", "email", "ticket");
    }

    @Test
    void onAPhoneWidthThePageDoesNotScrollSideways() {
        chromium.resize(390, 844);
        askWithKeyboard("how many documents by doc type", 1);

        long overflow = chromium.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0);
        chromium.screenshot("phone");
    }

    @Test
    void aPanelIsShownExactlyWhenTheServerHasItsEndpoint() throws Exception {
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-panels", "loaded"));

        // Before the REST API lands the server has neither endpoint and both panels stay hidden; after, both show.
        assertThat(chromium.driver().findElement(By.id("insights-panel")).isDisplayed()).isEqualTo(status("/api/insights") == 200);
        assertThat(chromium.driver().findElement(By.id("search-panel")).isDisplayed()).isEqualTo(status("/api/documents?limit=1") == 200);
    }

    private static int status(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private WebElement askWithKeyboard(String question, int expectedIndex) {
        WebElement input = chromium.driver().findElement(By.id("question"));
        input.sendKeys(question, Keys.ENTER);
        return answer(expectedIndex);
    }

    private WebElement answer(int index) {
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-" + index)));
        // The chart is drawn after the card is added; wait until it is there (or was dropped for a table answer).
        wait.until(d -> card.findElements(By.cssSelector(".chart")).isEmpty() || !card.findElements(By.cssSelector(".chart svg")).isEmpty());
        return card;
    }

    private static List<String> column(WebElement card, int c) {
        return HeadlessChromium.texts(card.findElements(By.cssSelector(".table-wrap tbody tr td:nth-child(" + (c + 1) + ")")));
    }
}
