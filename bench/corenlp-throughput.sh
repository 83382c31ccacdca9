#!/usr/bin/env bash
# CoreNLP throughput of the enrichment stage's annotation inside Spark local[2] vs the same DocumentAnnotator alone
# in one JVM with THREADS (default 2) threads sharing the JVM's pipelines, on the same DOCS (default 1500: a real
# enrichment run's size, so a pass is ~20 s and not dominated by per-job costs) documents of an ingested sample
# warehouse (WAREHOUSE, default /tmp/pp/home/warehouse; only read). Per mode one JVM (-Xmx4g): a pass over 40
# documents (loads the models: load time reported apart), WARMUPS (default 2) untimed passes over all documents (the
# JIT is still compiling CoreNLP during the first ones), then PASSES (default 5) timed passes; tokens/s, docs/s and
# CPU share are medians of the passes, peak RSS from /usr/bin/time. The Spark pass is broken down with a listener:
# fixed per-pass cost (job start to the first annotation task, and the last one's end to the job's end), the tail
# in which one core had nothing left, task deserialisation, shuffle. Timing runs hold /tmp/bench.lock; load average
# before and after is recorded. Writes results/corenlp-throughput.{md,json}.
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
WAREHOUSE="${WAREHOUSE:-/tmp/pp/home/warehouse}"
DOCS="${DOCS:-1500}"
WARMUPS="${WARMUPS:-2}"
PASSES="${PASSES:-5}"
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
  /usr/bin/time -f "%e %M" -o "$1/time-alone" java $2 -Xmx4g -cp "$3" $4 alone "$1/texts.json" "$5" "$7" "$6" "$1/alone.json"
  /usr/bin/time -f "%e %M" -o "$1/time-spark" java $2 -Xmx4g -cp "$3" $4 spark "$1/texts.json" "$7" "$6" "$1/spark.json"
  uptime > "$1/load-after"
' _ "$WORK" "$FLAGS" "$CP" "$MAIN" "$THREADS" "$PASSES" "$WARMUPS" 2>&1 | quiet

python3 - "$WORK" "$BENCH/results/corenlp-throughput.json" "$BENCH/results/corenlp-throughput.md" <<'PY'
import json, os, platform, statistics, sys
work, out_json, out_md = sys.argv[1:4]
med = statistics.median
modes = {}
for mode in ("alone", "spark"):
    r = json.load(open(f"{work}/{mode}.json"))
    wall, rss_kb = open(f"{work}/time-{mode}").read().split()[-2:]
    passes = r["passes"]
    for p in passes:
        # Fixed per-pass cost: Spark's job start until the first annotation task and after the last one; alone none.
        b = p.get("spark")
        p["fixed"] = b["setUp"] + b["after"] if b else 0.0
    r["median_tokens_per_s"] = med(p["tokens"] / p["seconds"] for p in passes)
    r["median_docs_per_s"] = med(p["documents"] / p["seconds"] for p in passes)
    r["median_seconds"] = med(p["seconds"] for p in passes)
    r["median_cpu_share"] = med(p["cpuShare"] for p in passes)
    r["median_fixed_s"] = med(p["fixed"] for p in passes)
    r["median_tail_s"] = med(p["tailSeconds"] for p in passes)
    r["median_tokens_per_s_without_fixed"] = med(p["tokens"] / (p["seconds"] - p["fixed"]) for p in passes)
    r["median_annotator_tokens_per_cpu_s"] = med(p["tokens"] / p["annotatorCpuSeconds"] for p in passes)
    r["median_cpu_s"] = med(p["cpuShare"] * p["seconds"] * os.cpu_count() for p in passes)
    r["median_tokens_per_cpu_s"] = med(p["tokens"] / (p["cpuShare"] * p["seconds"] * os.cpu_count()) for p in passes)
    r["median_gc_s"] = med(p["gcSeconds"] for p in passes)
    r["median_jit_s"] = med(p["jitSeconds"] for p in passes)
    r["tokens"] = passes[0]["tokens"]
    r["jvm_wall_s"] = float(wall)
    r["peak_rss_mb"] = int(rss_kb) / 1024
    modes[mode] = r
alone, spark = modes["alone"], modes["spark"]
overhead = 1 - spark["median_tokens_per_s"] / alone["median_tokens_per_s"]
steady = 1 - spark["median_tokens_per_s_without_fixed"] / alone["median_tokens_per_s_without_fixed"]
cpu_overhead = 1 - spark["median_tokens_per_cpu_s"] / alone["median_tokens_per_cpu_s"]
sp = [p["spark"] for p in spark["passes"]]
bd = {k: med(b[k] for b in sp) for k in ("setUp", "after", "tail", "idleSlot", "taskDeserialize", "shuffle", "taskGc", "tasks", "stages")}
task_s = med(med(b["taskSeconds"]) for b in sp)
result = {"benchmark": "corenlp-throughput", "machine": f"{os.cpu_count()} cores, {platform.machine()}, "
          f"{platform.system()} {platform.release()}", "load_before": open(f"{work}/load-before").read().strip(),
          "load_after": open(f"{work}/load-after").read().strip(), "documents": alone["documents"],
          "spark_overhead": overhead, "spark_overhead_without_fixed": steady, "spark_cpu_overhead": cpu_overhead, "goal_overhead": 0.10,
          "spark_breakdown_medians": bd | {"median_task_seconds": task_s}, "alone": alone, "spark": spark}
json.dump(result, open(out_json, "w"), indent=2)
def row(name, key, fmt):
    return f"| {name} | {fmt.format(alone[key])} | {fmt.format(spark[key])} |\n"
md = ("# CoreNLP throughput: inside Spark local[2] vs alone\n\n"
      f"Machine: {result['machine']}. {alone['documents']} documents of the sample warehouse (first by doc_id with text), "
      f"{alone['tokens']:,} tokens; enrichment's annotation (ENTITIES pass, SUTime on date sentences, patterns, values). "
      f"Alone: `DocumentAnnotator` on {alone['threads']} threads sharing the JVM's pipelines, taking the next document "
      "from a shared counter; Spark: `EnrichmentStage.annotate` (documents dealt to tasks by text length, then "
      "mapPartitions) in local[2]. One JVM per mode, -Xmx4g; a pass over 40 documents loads the models, "
      f"{len(alone['warmUpPasses'])} untimed warm-up passes, then median of {len(alone['passes'])} timed passes. "
      f"Load before: `{result['load_before']}`; after: `{result['load_after']}`.\n\n"
      "| metric | alone | Spark local[2] |\n|---|---|---|\n"
      + row("tokens/s (median)", "median_tokens_per_s", "{:,.0f}")
      + row("docs/s (median)", "median_docs_per_s", "{:.2f}")
      + row("seconds per pass (median)", "median_seconds", "{:.2f}")
      + row("fixed cost per pass: job start to first annotation task + last task to job end (s)", "median_fixed_s", "{:.2f}")
      + row("tokens/s without the fixed cost (median)", "median_tokens_per_s_without_fixed", "{:,.0f}")
      + row("tail: one core idle at the end of the pass (s)", "median_tail_s", "{:.2f}")
      + row("annotator tokens per thread-CPU second (median)", "median_annotator_tokens_per_cpu_s", "{:,.0f}")
      + row("CPU share of 2 cores during passes (median)", "median_cpu_share", "{:.2f}")
      + row("process CPU seconds per pass (median)", "median_cpu_s", "{:.1f}")
      + row("tokens per process CPU second (median)", "median_tokens_per_cpu_s", "{:,.0f}")
      + row("GC during a pass (s)", "median_gc_s", "{:.2f}")
      + row("JIT compiling during a pass (s)", "median_jit_s", "{:.2f}")
      + row("model load ENTITIES (ms)", "loadEntitiesMillis", "{:,}")
      + row("model load DATES (ms)", "loadDatesMillis", "{:,}")
      + row("first pass (40 documents) incl. load (s)", "warmUpSeconds", "{:.1f}")
      + row("peak RSS of the JVM (MB)", "peak_rss_mb", "{:,.0f}")
      + row("JVM wall (s)", "jvm_wall_s", "{:.1f}")
      + f"\nSpark pass breakdown (medians): {bd['stages']:.0f} stages, {bd['tasks']:.0f} annotation tasks of "
      f"{task_s:.2f} s; job start to first annotation task {bd['setUp']:.2f} s, last task to job end "
      f"{bd['after']:.2f} s, tail {bd['tail']:.2f} s, idle slot-seconds {bd['idleSlot']:.2f}, task deserialisation "
      f"{bd['taskDeserialize']:.2f} s, shuffle write + fetch wait {bd['shuffle']:.2f} s, task GC {bd['taskGc']:.2f} s.\n"
      + f"\n**Spark overhead = 1 − spark/alone tokens/s = {overhead:.1%}** (goal: under 10 %); without the fixed "
      f"per-pass cost: {steady:.1%}. CPU cost of Spark = 1 − spark/alone tokens per process CPU second = "
      f"{cpu_overhead:.1%} (what the same work costs in CPU whatever else runs on the machine).\n")
open(out_md, "w").write(md)
print(md)
PY
