package io.darkroom.app.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasetsResourceTest {
    @TempDir
    Path dir;

    @Test
    void datasetNamesKeepNoPathPartsAndAreLowerSnakeCase() {
        assertThat(DatasetsResource.datasetName(null, "../../etc/Sales 2024.csv")).isEqualTo("sales_2024");
        assertThat(DatasetsResource.datasetName(null, "..\\..\\win\\Q1.xlsx")).isEqualTo("q1");
        assertThat(DatasetsResource.datasetName("My/../Orders!", "x.csv")).isEqualTo("orders");
        assertThat(DatasetsResource.datasetName(null, "2024.csv")).isEqualTo("d_2024");
        assertThat(DatasetsResource.datasetName(null, "....")).isEqualTo("upload");
    }

    @Test
    void theTypeIsSniffedFromTheBytesNotTheName() throws Exception {
        Path csv = Files.writeString(dir.resolve("a.bin"), "region,amount\nnorth,10\n");
        assertThat(DatasetsResource.extension(csv, "whatever.xlsx")).isEqualTo("csv");
        assertThat(DatasetsResource.extension(csv, "tabs.tsv")).isEqualTo("tsv");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("../../evil.txt"));
            z.write("x".getBytes());
        }
        Path archive = Files.write(dir.resolve("b.bin"), zip.toByteArray());
        assertThatThrownBy(() -> DatasetsResource.extension(archive, "data.csv")).isInstanceOfSatisfying(ApiError.class,
                e -> assertThat(e.status()).isEqualTo(415));
    }
}
