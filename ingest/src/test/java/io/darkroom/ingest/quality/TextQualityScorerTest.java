package io.darkroom.ingest.quality;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextQualityScorerTest {
    private final TextQualityScorer scorer = new TextQualityScorer();

    @Test
    void englishProseIsEnglishWithAHighShareOfCommonWords() {
        TextQuality q = scorer.score("The board approved the budget for the next year after a long discussion "
                + "about the costs of the new office and the hiring plan for the sales team in Europe.");

        assertThat(q.language()).isEqualTo("eng");
        assertThat(q.score()).isGreaterThan(0.8);
        assertThat(q.garbled()).isFalse();
    }

    @Test
    void germanProseIsGerman() {
        TextQuality q = scorer.score("Der Vorstand hat das Budget für das nächste Jahr nach einer langen Diskussion "
                + "über die Kosten des neuen Büros und den Einstellungsplan für das Vertriebsteam genehmigt.");

        assertThat(q.language()).isEqualTo("deu");
        assertThat(q.score()).isGreaterThan(0.7);
    }

    @Test
    void brokenFontEncodingIsGarbledAndNamesNoLanguage() {
        // What a PDF with a broken ToUnicode map yields: letters, but no words.
        String garbled = "Wkh erdug dssuryhg wkh exgjhw iru wkh qhaw bhdu diwhu d orqj glvfxvvlrq derxw wkh frvwv "
                + "ri wkh qhz riilfh dqg wkh klulqj sodq iru wkh vdohv whdp lq Hxursh dqg Dvld wklv prqwk";

        TextQuality q = scorer.score(garbled);

        assertThat(q.garbled()).isTrue();
        assertThat(q.score()).isLessThan(TextQuality.GARBLED_BELOW);
    }

    @Test
    void mojibakeScoresBelowTheCleanText() {
        String clean = "Le conseil a approuvé le budget de l'année prochaine après une longue discussion sur les coûts.";
        String mojibake = new String(clean.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(scorer.score(mojibake).score()).isLessThan(scorer.score(clean).score());
        assertThat(scorer.score(clean).language()).isEqualTo("fra");
    }

    @Test
    void noTextHasNoScore() {
        assertThat(scorer.score("")).isEqualTo(TextQuality.NO_TEXT);
        assertThat(scorer.score("  \n ").score()).isNull();
    }

    @Test
    void shortTextIsScoredButNeverJudgedGarbled() {
        TextQuality q = scorer.score("Xqzt vbnm");

        assertThat(q.score()).isEqualTo(0.0);
        assertThat(q.garbled()).isFalse();
    }
}
