#!/usr/bin/env bash
# Anomaly detection on the labelled NAB files under ../shared/data/anomaly-benchmark (read in place, never copied):
# Darkroom's StreamingAnomalyDetector vs a rolling z-score and NAB's windowed Gaussian, in one run, all causal.
# Window-level precision/recall/F1 and NAB standard/low-FP/low-FN scores per subset and overall, plus a threshold
# sensitivity table. Deterministic (no randomness), so one run; timings are single-run wall times.
# Writes results/anomaly-detection.md. Knob: SHARED_DATA (default <repo>/../shared/data).
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
NAB="${SHARED_DATA:-$ROOT/../shared/data}/anomaly-benchmark/NAB"
[[ -d "$NAB" ]] || { echo "NAB not found at $NAB (set SHARED_DATA)" >&2; exit 2; }
(cd "$ROOT" && mvn -o -q -B -DskipTests -pl bench -am package)
java -cp "$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/bench.classpath")" \
  io.darkroom.bench.anomaly.AnomalyBenchmark "$NAB" "$BENCH/results/anomaly-detection.md"
