package io.darkroom.bench.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on a running {@code darkroom serve}: N clients POST /api/ask for D seconds over loopback, each
 * cycling through the question set from its own offset. Every answer is compared with the answer the
 * same question got when asked alone before the load (table and sentence), so a mixed-up or lost
 * answer counts as an error, not as throughput.
 *
 * <p>Args: baseUrl apiKey questions.tsv clients seconds out.json
 */
public final class ApiLoadBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int QUESTIONS = 20;

    private ApiLoadBench() {
    }

    /** @param retries how many 503 busy answers came first (the client waits Retry-After and asks again, as clients should) */
    record Outcome(String question, int status, long nanos, boolean matches, String error, int retries) {
    }

    /** A client gives up on a question after this many 503s in a row. */
    private static final int MAX_RETRIES = 5;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String key = args[1];
        List<String> questions = questions(Path.of(args[2]));
        int clients = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        Path out = Path.of(args[5]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        Map<String, String> reference = new LinkedHashMap<>();
        List<Long> alone = new ArrayList<>();
        for (String q : questions) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = ask(http, base, key, q);
            alone.add(System.nanoTime() - t0);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("reference answer failed: " + r.statusCode() + " " + r.body());
            }
            reference.put(q, fingerprint(r.body()));
        }

        List<Outcome> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        CountDownLatch go = new CountDownLatch(1);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    for (int i = offset; System.nanoTime() < end; i++) {
                        String q = questions.get(i % questions.size());
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> r = ask(http, base, key, q);
                            int retries = 0;
                            while (r.statusCode() == 503 && retries < MAX_RETRIES && System.nanoTime() < end) {
                                retries++;
                                Thread.sleep(1000L * Long.parseLong(r.headers().firstValue("Retry-After").orElse("2")));
                                r = ask(http, base, key, q);
                            }
                            long nanos = System.nanoTime() - t0;
                            statuses.computeIfAbsent(r.statusCode(), s -> new AtomicLong()).incrementAndGet();
                            boolean same = r.statusCode() == 200 && reference.get(q).equals(fingerprint(r.body()));
                            outcomes.add(new Outcome(q, r.statusCode(), nanos, same, r.statusCode() == 200 ? null : r.body(), retries));
                        } catch (IOException e) {
                            outcomes.add(new Outcome(q, -1, System.nanoTime() - t0, false, e.toString(), 0));
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "client-" + c);
            t.start();
            threads.add(t);
        }
        long started = System.nanoTime();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;

        List<Outcome> all = new ArrayList<>(outcomes);
        long ok = all.stream().filter(o -> o.status() == 200).count();
        long mixed = all.stream().filter(o -> o.status() == 200 && !o.matches()).count();
        long errors = all.size() - ok;
        long[] latencies = all.stream().filter(o -> o.status() == 200).mapToLong(Outcome::nanos).sorted().toArray();
        long[] aloneSorted = alone.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("clients", clients);
        result.put("seconds", elapsed);
        result.put("questions", questions.size());
        result.put("requests", all.size());
        result.put("ok", ok);
        result.put("errors", errors);
        result.put("mixedUp", mixed);
        result.put("statuses", statuses);
        result.put("retriedAfter503", all.stream().mapToInt(Outcome::retries).sum());
        result.put("requestsPerSecond", all.size() / elapsed);
        result.put("p50ms", ms(pct(latencies, 0.50)));
        result.put("p95ms", ms(pct(latencies, 0.95)));
        result.put("p99ms", ms(pct(latencies, 0.99)));
        result.put("maxms", ms(latencies.length == 0 ? 0 : latencies[latencies.length - 1]));
        result.put("aloneP50ms", ms(pct(aloneSorted, 0.50)));
        result.put("aloneMaxms", ms(aloneSorted[aloneSorted.length - 1]));
        result.put("questionList", questions);
        result.put("firstErrors", all.stream().filter(o -> o.error() != null).limit(3).map(Outcome::error).toList());
        Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result), StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "%d clients, %.0f s: %d requests (%.2f/s), ok %d, errors %d, mixed-up %d, p50 %.0f ms, p95 %.0f ms%n",
                clients, elapsed, all.size(), all.size() / elapsed, ok, errors, mixed, ms(pct(latencies, 0.5)), ms(pct(latencies, 0.95)));
    }

    /** The first 20 stand-alone questions of the set, taken kind by kind so the load mixes plan kinds. */
    static List<String> questions(Path tsv) throws IOException {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (line.startsWith("#") || f.length < 5 || f[0].equals("id") || !f[2].equals("-")) {
                continue;
            }
            byKind.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f[4]);
        }
        List<String> out = new ArrayList<>();
        for (int round = 0; out.size() < QUESTIONS; round++) {
            boolean any = false;
            for (List<String> qs : byKind.values()) {
                if (round < qs.size() && out.size() < QUESTIONS) {
                    out.add(qs.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return out;
    }

    private static HttpResponse<String> ask(HttpClient http, String base, String key, String question) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("question", question));
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/ask")).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What must not differ between two answers to one question: the question, the table, the sentence. */
    private static String fingerprint(String body) throws IOException {
        JsonNode a = JSON.readTree(body);
        return a.path("question").asText() + "\n" + a.path("table") + "\n" + a.path("sentence").asText();
    }

    private static long pct(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
