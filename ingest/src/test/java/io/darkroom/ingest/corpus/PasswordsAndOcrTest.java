package io.darkroom.ingest.corpus;

import io.darkroom.ingest.parse.DocumentRecord;
import io.darkroom.ingest.parse.FileStatus;
import io.darkroom.ingest.parse.OcrSupport;
import io.darkroom.ingest.parse.ParseOptions;
import io.darkroom.ingest.parse.ParseOutcome;
import io.darkroom.ingest.parse.TikaDocumentParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Tika's own encrypted and scanned test files, in process (the forked path is covered elsewhere). */
class PasswordsAndOcrTest {

    @Test
    void encryptedPdfWithoutThePasswordIsEncryptedWithItsMetadataKept() throws IOException {
        ParseOutcome o = parse("testPassword4Spaces.pdf", ParseOptions.defaults());

        assertThat(o.status()).isEqualTo(FileStatus.ENCRYPTED);
        DocumentRecord row = o.documents().get(0);
        assertThat(row.encrypted()).isTrue();
        assertThat(row.text()).isNull();
        assertThat(row.metadata()).containsEntry("Content-Type", "application/pdf");
    }

    @Test
    void passwordsAreTriedInOrderAndThePositionOfTheOneThatOpenedTheFileIsNoted() throws IOException {
        ParseOutcome o = parse("testWORD_protected_passtika.docx",
                ParseOptions.defaults().withPasswords(List.of("wrong", "tika")));

        assertThat(o.status()).isEqualTo(FileStatus.PARSED);
        assertThat(o.documents().get(0).metadata()).containsEntry(TikaDocumentParser.PASSWORD_USED_KEY, "2");
        assertThat(o.documents().get(0).text()).isNotBlank();
        assertThat(o.documents().get(0).metadata().values()).doesNotContain("tika");
    }

    @Test
    void pdfWithFourSpacesAsPasswordOpens() throws IOException {
        ParseOutcome o = parse("testPassword4Spaces.pdf", ParseOptions.defaults().withPasswords(List.of("    ")));

        assertThat(o.status()).isEqualTo(FileStatus.PARSED);
        assertThat(o.documents().get(0).producer()).isNotNull();
    }

    @Test
    void wrongPasswordsLeaveTheFileEncrypted() throws IOException {
        ParseOutcome o = parse("testEXCEL_protected_passtika.xlsx", ParseOptions.defaults().withPasswords(List.of("nope")));

        assertThat(o.status()).isEqualTo(FileStatus.ENCRYPTED);
    }

    @Test
    void scannedImageGetsTextThroughTesseract() throws IOException {
        Assumptions.assumeTrue(OcrSupport.tesseractInstalled(), "tesseract is not on the PATH: OCR test skipped");

        DocumentRecord row = parse("testOCR.png", ParseOptions.defaults()).documents().get(0);

        assertThat(row.ocrApplied()).isTrue();
        assertThat(row.noText()).isFalse();
        assertThat(row.text()).contains("This file contains some words");
    }

    @Test
    void scannedPdfGetsTextThroughTesseractWhenItHasNoTextLayer() throws IOException {
        Assumptions.assumeTrue(OcrSupport.tesseractInstalled(), "tesseract is not on the PATH: OCR test skipped");

        DocumentRecord row = parse("testOCR.pdf", ParseOptions.defaults()).documents().get(0);

        assertThat(row.ocrApplied()).isTrue();
        assertThat(row.text()).isNotBlank();
    }

    @Test
    void pdfWithATextLayerIsNotOcred() throws IOException {
        Assumptions.assumeTrue(OcrSupport.tesseractInstalled(), "tesseract is not on the PATH: OCR test skipped");

        DocumentRecord row = parse("testPDF_protected.pdf", ParseOptions.defaults()).documents().get(0);

        assertThat(row.ocrApplied()).isFalse();
        assertThat(row.text()).isNotBlank();
    }

    @Test
    void withOcrOffAScannedImageIsFlaggedNoTextWithAHint() throws IOException {
        DocumentRecord row = parse("testOCR.png", ParseOptions.defaults().withOcr(new ParseOptions.Ocr(false, 10)))
                .documents().get(0);

        assertThat(row.noText()).isTrue();
        assertThat(row.ocrCandidate()).isTrue();
        assertThat(row.metadata()).containsEntry(OcrSupport.NO_TEXT_HINT_KEY, OcrSupport.DISABLED_HINT);
    }

    private static ParseOutcome parse(String name, ParseOptions options) throws IOException {
        Path file = SharedCorpus.folder("tika-test-documents").resolve(name);
        return new TikaDocumentParser(options).parse(SharedCorpus.source(file));
    }
}
