#!/usr/bin/env bash
# CoreNLP throughput of the enrichment stage's annotation inside Spark local[2] vs the same DocumentAnnotator alone
# in one JVM with THREADS (default 2) threads sharing the JVM's pipelines, on the same DOCS (default 300) documents of
# an ingested sample warehouse (WAREHOUSE, default /tmp/pp/home/warehouse; only read). Per mode one JVM (-Xmx4g):
# a warm-up pass over 40 documents (loads the models: load time reported apart), then PASSES (default 3) timed passes;
# tokens/s, docs/s and CPU share are medians of the passes, peak RSS from /usr/bin/time. Timing runs hold
# /tmp/bench.lock. Writes results/corenlp-throughput.{md,json}.
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
WAREHOUSE="${WAREHOUSE:-/tmp/pp/home/warehouse}"
DOCS="${DOCS:-300}"
PASSES="${PASSES:-3}"
THREADS="${THREADS:-2}"
WORK="${BENCH_WORK:-$BENCH/results/tmp}/corenlp-throughput"
rm -rf "$WORK"; mkdir -p "$WORK"
[[ -n "${NO_BUILD:-}" ]] || (cd "$ROOT" && mvn -q -o -B -DskipTests package -pl bench -am)
CP="$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/bench.classpath")"
FLAGS="$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' "$ROOT/pom.xml")"
MAIN=io.darkroom.bench.corenlp.CoreNlpThroughputBench
quiet() { grep -v -e '^SLF4J' -e 'WARN' -e ' INFO ' -e 'incubator' || true; }
# shellcheck disable=SC2086
java $FLAGS -Xmx4g -cp "$CP" $MAIN prepare "$WAREHOUSE" "$WORK/texts.json" "$DOCS" 2>&1 | quiet

# shellcheck disable=SC2016,SC2086
flock /tmp/bench.lock bash -c '
  set -euo pipefail
  uptime > "$1/load-before"
  /usr/bin/time -f "%e %M" -o "$1/time-alone" java $2 -Xmx4g -cp "$3" $4 alone "$1/texts.json" "$5" "$6" "$1/alone.json"
  /usr/bin/time -f "%e %M" -o "$1/time-spark" java $2 -Xmx4g -cp "$3" $4 spark "$1/texts.json" "$6" "$1/spark.json"
  uptime > "$1/load-after"
' _ "$WORK" "$FLAGS" "$CP" "$MAIN" "$THREADS" "$PASSES" 2>&1 | quiet

python3 - "$WORK" "$BENCH/results/corenlp-throughput.json" "$BENCH/results/corenlp-throughput.md" <<'PY'
import json, os, platform, statistics, sys
work, out_json, out_md = sys.argv[1:4]
modes = {}
for mode in ("alone", "spark"):
    r = json.load(open(f"{work}/{mode}.json"))
    wall, rss_kb = open(f"{work}/time-{mode}").read().split()[-2:]
    passes = r["passes"]
    r["median_tokens_per_s"] = statistics.median(p["tokens"] / p["seconds"] for p in passes)
    r["median_docs_per_s"] = statistics.median(p["documents"] / p["seconds"] for p in passes)
    r["median_seconds"] = statistics.median(p["seconds"] for p in passes)
    r["median_cpu_share"] = statistics.median(p["cpuShare"] for p in passes)
    r["tokens"] = passes[0]["tokens"]
    r["jvm_wall_s"] = float(wall)
    r["peak_rss_mb"] = int(rss_kb) / 1024
    modes[mode] = r
alone, spark = modes["alone"], modes["spark"]
overhead = 1 - spark["median_tokens_per_s"] / alone["median_tokens_per_s"]
result = {"benchmark": "corenlp-throughput", "machine": f"{os.cpu_count()} cores, {platform.machine()}, "
          f"{platform.system()} {platform.release()}", "load_before": open(f"{work}/load-before").read().strip(),
          "load_after": open(f"{work}/load-after").read().strip(), "documents": alone["documents"],
          "spark_overhead": overhead, "goal_overhead": 0.10, "alone": alone, "spark": spark}
json.dump(result, open(out_json, "w"), indent=2)
def row(name, key, fmt):
    return f"| {name} | {fmt.format(alone[key])} | {fmt.format(spark[key])} |\n"
md = ("# CoreNLP throughput: inside Spark local[2] vs alone\n\n"
      f"Machine: {result['machine']}. {alone['documents']} documents of the sample warehouse (first by doc_id with text), "
      f"{alone['tokens']:,} tokens; enrichment's annotation (ENTITIES pass, SUTime on date sentences, patterns, values). "
      f"Alone: `DocumentAnnotator` on {alone['threads']} threads sharing the JVM's pipelines; Spark: "
      "`EnrichmentStage.annotate` (the stage's repartition + mapPartitions) in local[2]. One JVM per mode, -Xmx4g; a "
      f"warm-up pass over 40 documents loads the models, then median of {len(alone['passes'])} timed passes. "
      f"Load before: `{result['load_before']}`; after: `{result['load_after']}`.\n\n"
      "| metric | alone | Spark local[2] |\n|---|---|---|\n"
      + row("tokens/s (median)", "median_tokens_per_s", "{:,.0f}")
      + row("docs/s (median)", "median_docs_per_s", "{:.2f}")
      + row("seconds per pass (median)", "median_seconds", "{:.1f}")
      + row("CPU share of 2 cores during passes (median)", "median_cpu_share", "{:.2f}")
      + row("model load ENTITIES (ms)", "loadEntitiesMillis", "{:,}")
      + row("model load DATES (ms)", "loadDatesMillis", "{:,}")
      + row("warm-up pass incl. load (s)", "warmUpSeconds", "{:.1f}")
      + row("peak RSS of the JVM (MB)", "peak_rss_mb", "{:,.0f}")
      + row("JVM wall (s)", "jvm_wall_s", "{:.1f}")
      + f"\n**Spark overhead = 1 − spark/alone tokens/s = {overhead:.1%}** (goal: under 10 %).\n")
open(out_md, "w").write(md)
print(md)
PY
