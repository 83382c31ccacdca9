package io.darkroom.ingest.discovery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourcePatternTest {
    @Test
    void aGlobSplitsIntoTheFolderToListAndThePatternBelowIt() {
        SourcePattern p = SourcePattern.parse("/share/**/*.pdf");

        assertThat(p.root()).isEqualTo("/share");
        assertThat(p.glob()).isEqualTo("**/*.pdf");
        assertThat(p.matches("a/b/x.pdf")).isTrue();
        assertThat(p.matches("x.pdf")).as("** also matches no folder at all").isTrue();
        assertThat(p.matches("a/x.docx")).isFalse();
    }

    @Test
    void aPlainPathOrUriHasNoGlobAndMatchesEverything() {
        assertThat(SourcePattern.parse("/share/a.pdf").isGlob()).isFalse();
        assertThat(SourcePattern.parse("hdfs://nn:8020/share").root()).isEqualTo("hdfs://nn:8020/share");
        assertThat(SourcePattern.parse("/share").matches("any/thing")).isTrue();
    }

    @Test
    void onlyNonFileSchemesAreRemote() {
        assertThat(SourcePattern.isRemote("hdfs://nn/share")).isTrue();
        assertThat(SourcePattern.isRemote("s3a://bucket/share")).isTrue();
        assertThat(SourcePattern.isRemote("file:///share")).isFalse();
        assertThat(SourcePattern.isRemote("/share/a:b.txt")).isFalse();
    }
}
