package io.darkroom.jobs;

import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image from deploy/docker, built and run where a Docker engine is (skipped cleanly where none is): it writes the
 * sample share, ingests it, serves, and answers a question over HTTP, all as its non-root user.
 */
@Testcontainers(disabledWithoutDocker = true)
class DarkroomImageContainerTest {
    private static final Path ROOT = LocalCluster.SCRIPT.getParent().getParent();

    @Container
    private static final GenericContainer<?> DARKROOM = new GenericContainer<>(
            new ImageFromDockerfile("darkroom/darkroom", false)
                    .withFileFromPath(".", ROOT)
                    .withDockerfile(ROOT.resolve("deploy/docker/Dockerfile")))
            .withCreateContainerCmdModifier(cmd -> cmd.withEntrypoint("/bin/sh", "-c"))
            // The server enforces API keys: one is created (its hash kept in the home) and its secret printed to a file.
            .withCommand("darkroom sample --out /data/share --docs 100 && darkroom ingest --home /data/darkroom /data/share"
                    + " && darkroom serve --home /data/darkroom --new-key test --role read | tail -1 > /data/test.key"
                    + " && exec darkroom serve --host 0.0.0.0 --port 7070 --home /data/darkroom")
            .withExposedPorts(7070)
            .waitingFor(Wait.forHttp("/health").forPort(7070).withStartupTimeout(Duration.ofMinutes(10)));

    @Test
    void theImageIngestsTheSampleAndAnswersAQuestion() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://" + DARKROOM.getHost() + ":" + DARKROOM.getMappedPort(7070) + "/api/ask"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + DARKROOM.execInContainer("cat", "/data/test.key").getStdout().trim())
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"how many documents per month\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(DARKROOM.execInContainer("id", "-u").getStdout().trim()).isEqualTo("10001");
    }
}
