package io.darkroom.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static checks of what CI cannot run (no Docker engine, no Kubernetes): deploy/'s YAML parses, every file it or the
 * Dockerfile refers to exists, and image names and the server port agree between Dockerfile, compose and Kubernetes.
 */
class DeployFilesTest {
    private static final Path ROOT = LocalCluster.SCRIPT.getParent().getParent();
    private static final Path DEPLOY = ROOT.resolve("deploy");
    private static final String IMAGE = "darkroom/darkroom:0.1.0";
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void everyYamlFileUnderDeployParses() throws IOException {
        List<Path> files = yamlFiles();
        assertThat(files).extracting(p -> DEPLOY.relativize(p).toString()).contains("compose.yaml",
                "kubernetes/server.yaml", "kubernetes/spark/driver-pod-template.yaml", "kubernetes/spark/executor-pod-template.yaml");
        for (Path file : files) {
            assertThat(documents(file)).as(file.toString()).isNotEmpty().allSatisfy(d -> assertThat(d.isObject()).isTrue());
        }
    }

    @Test
    void dockerfileCopiesOnlyFilesThatExistInTheBuildContext() throws IOException {
        List<String> sources = new ArrayList<>();
        Matcher copy = Pattern.compile("(?m)^COPY (?!--from)(\\S+) \\S+$").matcher(Files.readString(DEPLOY.resolve("docker/Dockerfile")));
        while (copy.find()) {
            sources.add(copy.group(1));
        }
        assertThat(sources).contains("pom.xml", "jobs", "deploy/docker/darkroom.sh");
        // compose builds with context '..' from deploy/: the repository root, as the Dockerfile's header says.
        assertThat(sources).allSatisfy(s -> assertThat(ROOT.resolve(s)).exists());
        JsonNode build = documents(DEPLOY.resolve("compose.yaml")).get(0).at("/x-darkroom-image/build");
        assertThat(DEPLOY.resolve(build.get("context").asText()).normalize()).isEqualTo(ROOT.normalize());
        assertThat(ROOT.resolve(build.get("dockerfile").asText())).exists();
    }

    @Test
    void everyRootPomModuleIsCopiedIntoTheImage() throws IOException {
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        String dockerfile = Files.readString(DEPLOY.resolve("docker/Dockerfile"));
        while (module.find()) {
            assertThat(dockerfile).as("module " + module.group(1)).contains("COPY " + module.group(1) + " " + module.group(1));
        }
    }

    @Test
    void theServerPortIsTheSameInDockerfileComposeAndKubernetes() throws IOException {
        String dockerfile = Files.readString(DEPLOY.resolve("docker/Dockerfile"));
        Matcher expose = Pattern.compile("(?m)^EXPOSE (\\d+)$").matcher(dockerfile);
        assertThat(expose.find()).isTrue();
        String port = expose.group(1);
        assertThat(dockerfile).contains("http://127.0.0.1:" + port + "/health", "\"--port\", \"" + port + "\"");

        JsonNode darkroom = documents(DEPLOY.resolve("compose.yaml")).get(0).at("/services/darkroom");
        assertThat(darkroom.get("ports").get(0).asText()).endsWith(":" + port);
        assertThat(darkroom.get("command").toString()).contains("\"--port\",\"" + port + "\"");

        List<JsonNode> server = documents(DEPLOY.resolve("kubernetes/server.yaml"));
        JsonNode container = byKind(server, "Deployment").at("/spec/template/spec/containers/0");
        assertThat(container.at("/ports/0/containerPort").asText()).isEqualTo(port);
        assertThat(container.get("args").toString()).contains("\"--port\",\"" + port + "\"");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/health");
        assertThat(byKind(server, "Service").at("/spec/ports/0/targetPort").asText()).isEqualTo(port);
    }

    @Test
    void everyDarkroomContainerUsesTheSameImage() throws IOException {
        Set<String> images = new TreeSet<>();
        for (Path file : yamlFiles()) {
            for (JsonNode doc : documents(file)) {
                doc.findValues("image").forEach(i -> images.add(i.asText()));
            }
        }
        assertThat(images).containsExactly(IMAGE);
        assertThat(Files.readString(DEPLOY.resolve("docker/Dockerfile"))).contains("-t " + IMAGE);
        assertThat(Files.readString(DEPLOY.resolve("kubernetes/configmap.yaml"))).contains("spark.kubernetes.container.image                " + IMAGE);
    }

    @Test
    void kustomizationListsExistingFilesAndThePodTemplatesTheJobMounts() throws IOException {
        Path k8s = DEPLOY.resolve("kubernetes");
        JsonNode kustomization = documents(k8s.resolve("kustomization.yaml")).get(0);
        kustomization.get("resources").forEach(r -> assertThat(k8s.resolve(r.asText())).exists());
        JsonNode generator = kustomization.get("configMapGenerator").get(0);
        List<String> templates = new ArrayList<>();
        generator.get("files").forEach(f -> {
            assertThat(k8s.resolve(f.asText())).exists();
            templates.add(Path.of(f.asText()).getFileName().toString());
        });
        // Every YAML manifest beside the kustomization is applied by it (none forgotten).
        try (Stream<Path> manifests = Files.list(k8s)) {
            assertThat(manifests.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml")))
                    .allSatisfy(n -> assertThat(kustomization.get("resources").toString()).contains("\"" + n + "\""));
        }
        JsonNode job = byKind(documents(k8s.resolve("pipeline-job.yaml")), "Job").at("/spec/template/spec");
        assertThat(job.at("/volumes/0/configMap/name").asText()).isEqualTo(generator.get("name").asText());
        String mountPath = job.at("/containers/0/volumeMounts/0/mountPath").asText();
        String sparkDefaults = documents(k8s.resolve("configmap.yaml")).get(0).at("/data/spark-defaults.conf").asText();
        assertThat(sparkDefaults).contains(mountPath + "/" + templates.get(0), mountPath + "/" + templates.get(1));
        assertThat(job.get("serviceAccountName").asText()).isEqualTo(byKind(documents(k8s.resolve("rbac.yaml")), "ServiceAccount")
                .at("/metadata/name").asText());
    }

    @Test
    void composeConfigValidatesWhereTheDockerClientHasCompose() throws Exception {
        Process probe;
        try {
            probe = new ProcessBuilder("docker", "compose", "version").redirectErrorStream(true).start();
        } catch (IOException e) {
            probe = null;
        }
        boolean compose = probe != null && probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0;
        Assumptions.assumeTrue(compose, "skipped: this docker client has no 'compose' command");
        Process config = new ProcessBuilder("docker", "compose", "-f", DEPLOY.resolve("compose.yaml").toString(), "config", "-q")
                .redirectErrorStream(true).start();
        String out = new String(config.getInputStream().readAllBytes());
        assertThat(config.waitFor(60, TimeUnit.SECONDS) && config.exitValue() == 0).as(out).isTrue();
    }

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(DEPLOY)) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            return docs.readAll().stream().filter(d -> d != null && !d.isNull() && !d.isMissingNode()).toList();
        }
    }

    private static JsonNode byKind(List<JsonNode> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(d.path("kind").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + docs));
    }
}
