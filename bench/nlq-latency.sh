#!/usr/bin/env bash
# Question → answer latency of the nlq pipeline in a warm JVM on Spark local[2]: aggregate, breakdown and
# trend questions on a synthetic sales table (ROWS, default 1,000,000, written as Delta in a temp warehouse,
# catalogued by the production CatalogBuilder) and on a copy of a sample warehouse (SAMPLE, default
# /tmp/demo2/warehouse if present; the original is only read). ROUNDS passes over the questions (default 3);
# the first question of each warehouse warms up and is not counted. Writes results/nlq-latency.{md,json}.
# SPARK_CONF="k=v ..." tries other Spark SQL settings (then NAME, e.g. nlq-latency-no-aqe, names the result files).
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
ROWS="${ROWS:-1000000}"
ROUNDS="${ROUNDS:-3}"
SAMPLE="${SAMPLE:-/tmp/demo2/warehouse}"
[[ -d "$SAMPLE" ]] || SAMPLE="-"
NAME="${NAME:-nlq-latency}"
WORK="${BENCH_WORK:-$BENCH/results/tmp}/$NAME"
rm -rf "$WORK"; mkdir -p "$WORK"
(cd "$ROOT" && mvn -q -o -B -DskipTests package -pl bench -am)
CP="$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/bench.classpath")"
FLAGS="$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' "$ROOT/pom.xml")"
start=$(date +%s)
load_start="$(cut -d' ' -f1 /proc/loadavg)"
# shellcheck disable=SC2086
java $FLAGS -Xmx4g -cp "$CP" io.darkroom.bench.latency.NlqLatencyBench "$WORK" "$ROWS" "$ROUNDS" "$SAMPLE" "$WORK/timings.jsonl" ${SPARK_CONF:-} \
  2>&1 | grep -v -e '^SLF4J' -e 'WARN' -e ' INFO ' -e 'incubator' || true
[[ -s "$WORK/timings.jsonl" ]] || { echo "no timings written"; exit 1; }
python3 "$BENCH/nlq-latency-report.py" "$WORK/timings.jsonl" "$(( $(date +%s) - start ))" "$ROUNDS" \
  "$BENCH/results/$NAME.json" "$BENCH/results/$NAME.md" "$load_start / $(cut -d' ' -f1 /proc/loadavg)" \
  "${SPARK_CONF:-}"
cat "$BENCH/results/$NAME.md"
rm -rf "$WORK"
