package io.darkroom.app.server;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/** Request counts and latencies per route, rendered in the Prometheus text format. */
final class Metrics {
    /** Latest durations kept per route for the quantiles: enough for a stable p95, bounded memory. */
    private static final int WINDOW = 2048;

    private final Map<String, Long> counts = new ConcurrentHashMap<>();
    private final Map<String, Latency> latencies = new ConcurrentHashMap<>();
    private final Map<String, IntSupplier> gauges = new TreeMap<>();

    void gauge(String name, IntSupplier value) {
        gauges.put(name, value);
    }

    void record(String method, String route, int status, long nanos) {
        counts.merge(labels(method, route) + ",status=\"" + status + "\"", 1L, Long::sum);
        latencies.computeIfAbsent(labels(method, route), k -> new Latency()).add(nanos);
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append("# HELP darkroom_http_requests_total HTTP requests by route and status.\n");
        out.append("# TYPE darkroom_http_requests_total counter\n");
        new TreeMap<>(counts).forEach((k, v) -> out.append("darkroom_http_requests_total{").append(k).append("} ").append(v).append('\n'));
        out.append("# HELP darkroom_http_request_duration_seconds HTTP request latency by route (quantiles over the last ")
                .append(WINDOW).append(" requests).\n");
        out.append("# TYPE darkroom_http_request_duration_seconds summary\n");
        new TreeMap<>(latencies).forEach((k, v) -> v.render(k, out));
        gauges.forEach((name, value) -> out.append("# TYPE ").append(name).append(" gauge\n")
                .append(name).append(' ').append(value.getAsInt()).append('\n'));
        return out.toString();
    }

    private static String labels(String method, String route) {
        return "method=\"" + method + "\",route=\"" + route.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static final class Latency {
        private final long[] window = new long[WINDOW];
        private long count;
        private long sumNanos;

        synchronized void add(long nanos) {
            window[(int) (count % WINDOW)] = nanos;
            count++;
            sumNanos += nanos;
        }

        synchronized void render(String labels, StringBuilder out) {
            long[] recent = Arrays.copyOf(window, (int) Math.min(count, WINDOW));
            Arrays.sort(recent);
            for (double q : new double[]{0.5, 0.95, 0.99}) {
                long v = recent.length == 0 ? 0 : recent[(int) Math.min(recent.length - 1, Math.ceil(q * recent.length) - 1)];
                out.append("darkroom_http_request_duration_seconds{").append(labels).append(",quantile=\"").append(q)
                        .append("\"} ").append(seconds(v)).append('\n');
            }
            out.append("darkroom_http_request_duration_seconds_sum{").append(labels).append("} ").append(seconds(sumNanos)).append('\n');
            out.append("darkroom_http_request_duration_seconds_count{").append(labels).append("} ").append(count).append('\n');
        }

        private static String seconds(long nanos) {
            return String.format(Locale.ROOT, "%.6f", nanos / 1e9);
        }
    }
}
