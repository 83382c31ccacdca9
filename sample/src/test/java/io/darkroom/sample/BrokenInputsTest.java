package io.darkroom.sample;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrokenInputsTest {
    @TempDir
    static Path corpus;
    static Map<String, SampleTruth.Broken> byKind;

    @BeforeAll
    static void generate() {
        byKind = SampleCorpus.generate(corpus, 100, 3).broken().stream()
                .collect(Collectors.toMap(SampleTruth.Broken::kind, Function.identity()));
    }

    @Test
    void everyBrokenKindIsPresentWithItsExpectedStatus() {
        assertThat(byKind).containsOnlyKeys("truncated_pdf", "encrypted_pdf", "zero_byte", "wrong_extension",
                "binary_blob");
        assertThat(byKind.get("truncated_pdf").status()).isEqualTo("failed");
        assertThat(byKind.get("encrypted_pdf").status()).isEqualTo("encrypted");
        assertThat(byKind.get("zero_byte").status()).isEqualTo("skipped");
        assertThat(byKind.get("wrong_extension").status()).isEqualTo("parsed");
        assertThat(byKind.get("binary_blob").status()).isEqualTo("skipped");
        assertThat(byKind.values()).allSatisfy(b -> assertThat(corpus.resolve(b.path())).exists());
        assertThat(byKind.values()).filteredOn(b -> b.password() != null).extracting(SampleTruth.Broken::kind)
                .containsExactly("encrypted_pdf");
    }

    @Test
    void truncatedPdfCannotBeLoaded() {
        assertThatThrownBy(() -> load(byKind.get("truncated_pdf").path(), null)).isInstanceOf(IOException.class);
    }

    @Test
    void encryptedPdfOpensOnlyWithItsPassword() throws IOException {
        SampleTruth.Broken encrypted = byKind.get("encrypted_pdf");
        assertThatThrownBy(() -> load(encrypted.path(), null)).isInstanceOf(InvalidPasswordException.class);
        assertThat(load(encrypted.path(), encrypted.password())).startsWith("CONFIDENTIAL");
    }

    @Test
    void wrongExtensionFileIsARealPdfReport() throws IOException {
        String path = byKind.get("wrong_extension").path();
        assertThat(path).endsWith(".docx");
        assertThat(load(path, null)).startsWith("QUARTERLY REPORT");
    }

    @Test
    void zeroByteFileIsEmptyAndBlobStartsWithNoKnownMagic() throws IOException {
        assertThat(Files.size(corpus.resolve(byKind.get("zero_byte").path()))).isZero();
        byte[] blob = Files.readAllBytes(corpus.resolve(byKind.get("binary_blob").path()));
        assertThat(blob).hasSizeGreaterThan(1000).startsWith(0x00, 0x13, 0x37, 0xEE);
    }

    private static String load(String path, String password) throws IOException {
        byte[] bytes = Files.readAllBytes(corpus.resolve(path));
        try (PDDocument document = password == null ? Loader.loadPDF(bytes) : Loader.loadPDF(bytes, password)) {
            return new PDFTextStripper().getText(document).strip();
        }
    }
}
