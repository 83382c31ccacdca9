package io.darkroom.analytics.catalog;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class OverridesFileTest {
    @TempDir
    Path home;

    @Test
    void aTemplateEditedByHandIsReadBackWithoutAChecksumError() throws Exception {
        OverridesFile overrides = new OverridesFile(home.toString(), new Configuration());
        overrides.init();
        Path file = home.resolve(CatalogOverrides.YAML_FILE);
        assertThat(file).exists();
        // What a person does next: replace the template with their own edits (a different length than the template).
        Files.writeString(file, """
                measures:
                  facts__documents: {label: files, synonyms: [records]}
                """);

        CatalogOverrides read = overrides.read();

        assertThat(read.edits()).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("facts__documents");
            assertThat(e.synonyms()).containsExactly("records");
        });
    }
}
