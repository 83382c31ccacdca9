#!/usr/bin/env bash
# Pipeline wall time on local[2] vs a 2-worker Spark standalone cluster (deploy/local-cluster) on this machine,
# same jobs jar, same input, same submit options. Median of RUNS runs (default 3). STAGES (default
# "pipeline": ingest, CoreNLP enrichment, catalog, insights in one submission; "ingest insights" skips CoreNLP) are
# submitted one after the other per run. EXECUTOR_MEMORY (default 3g: CoreNLP NER peaks at 2-3.5 GB) sizes each of
# the two executors; the driver gets DRIVER_MEMORY (default 4g: in local[2] it runs both task slots and CoreNLP).
# Writes results/cluster-vs-local.{md,json}.
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
RUNS="${RUNS:-3}"
DOCS="${DOCS:-120}"
STAGES="${STAGES:-pipeline}"
EXECUTOR_MEMORY="${EXECUTOR_MEMORY:-3g}"
DRIVER_MEMORY="${DRIVER_MEMORY:-4g}"
export EXECUTOR_MEMORY DRIVER_MEMORY
WORK="${BENCH_WORK:-$BENCH/results/tmp}/cluster-vs-local"
mkdir -p "$WORK"
[[ -f "$ROOT/jobs/target/darkroom-jobs.jar" && -f "$ROOT/app/target/darkroom.classpath" ]] \
  || (cd "$ROOT" && mvn -q -B -pl jobs -am package -DskipTests)
CP="$ROOT/app/target/darkroom-app.jar:$(cat "$ROOT/app/target/darkroom.classpath"):$ROOT/jobs/target/darkroom-jobs.jar"
FLAGS="$(cat "$ROOT/app/target/darkroom-jvm.flags")"
CORPUS="$WORK/sample-$DOCS"
[[ -f "$CORPUS/truth.json" ]] || java $FLAGS -cp "$CP" io.darkroom.app.Darkroom sample --out "$CORPUS" --docs "$DOCS" --seed 42 > /dev/null

CLUSTER="$WORK/cluster"
"$ROOT/deploy/local-cluster" stop --dir "$CLUSTER" > /dev/null 2>&1 || true
MASTER="$("$ROOT/deploy/local-cluster" start --dir "$CLUSTER" --workers 2 --worker-cores 1 --worker-memory "$((${EXECUTOR_MEMORY%g} + 1))g" | tail -1)"
trap '"$ROOT/deploy/local-cluster" stop --dir "$CLUSTER" > /dev/null' EXIT

# One run: every stage submitted in turn, wall time of all of them (JVM and Spark start included, as an operator pays).
run() {
  local master="$1" home="$2" start end stage
  rm -rf "$home"
  start=$(date +%s.%N)
  for stage in $STAGES; do
    args=("$stage" --home "$home")
    [[ "$stage" == ingest || "$stage" == pipeline ]] && args+=("$CORPUS")
    SPARK_HOME="$CLUSTER/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 \
      java $FLAGS -Xmx"$DRIVER_MEMORY" -cp "$CP" org.apache.spark.deploy.SparkSubmit --master "$master" --deploy-mode client \
        --conf spark.driver.host=127.0.0.1 --conf spark.ui.enabled=false --conf spark.executor.memory="$EXECUTOR_MEMORY" \
        --conf spark.sql.shuffle.partitions=4 --class io.darkroom.jobs.DarkroomJob "$ROOT/jobs/target/darkroom-jobs.jar" \
        "${args[@]}" > "$home.$stage.log" 2>&1 || { echo "bench: $stage on $master failed; see $home.$stage.log" >&2; exit 2; }
  done
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

results=()
for i in $(seq 1 "$RUNS"); do
  l=$(run "local[2]" "$WORK/local-$i")
  c=$(run "$MASTER" "$WORK/cluster-$i")
  load=$(cut -d' ' -f1 /proc/loadavg)
  echo "run $i: local[2] ${l}s, cluster ${c}s (load average $load)"
  results+=("$l $c $load")
done

# Same input, same results? (counts, fingerprints of facts/entities/documents, top insights; bench/compare-homes.sh)
SAME="$(bash "$BENCH/compare-homes.sh" "$WORK/local-$RUNS" "$WORK/cluster-$RUNS" 2>&1 | tr '\n' ' ' || true)"
export SAME
echo "results: $SAME"

python3 - "$DOCS" "$STAGES" "${results[@]}" > "$BENCH/results/cluster-vs-local.json" <<'PY'
import json, statistics, sys, platform, os, datetime
docs, stages = int(sys.argv[1]), sys.argv[2]
runs = [tuple(map(float, r.split())) for r in sys.argv[3:]]
print(json.dumps({"benchmark": "cluster-vs-local", "docs": docs, "stages": stages, "runs": len(runs),
    "executor_memory": os.environ["EXECUTOR_MEMORY"], "driver_memory": os.environ["DRIVER_MEMORY"],
    "results_compared": os.environ["SAME"].strip(),
    "median_local_s": statistics.median(r[0] for r in runs), "median_cluster_s": statistics.median(r[1] for r in runs),
    "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    "machine": f"{os.cpu_count()} cores, {platform.machine()}, {platform.system()} {platform.release()}",
    "raw": [{"local_s": r[0], "cluster_s": r[1], "load_average": r[2]} for r in runs]}, indent=2))
PY
python3 - "$BENCH/results/cluster-vs-local.json" > "$BENCH/results/cluster-vs-local.md" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"""# Pipeline wall time: local[2] vs a 2-worker standalone cluster (same machine)

Machine: {r['machine']}; {r['date']}. Sample corpus of {r['docs']} requested files (`SampleCorpus`, seed 42). Stages
submitted per run: `{r['stages']}` (each a `SparkSubmit` in client mode with the same jobs jar and options; JVM and
Spark start included). Cluster: `deploy/local-cluster` with 2 Workers × 1 core, executors {r['executor_memory']}B each; driver {r['driver_memory']}B.
{'Median of %d runs.' % r['runs'] if r['runs'] > 1 else '1 run (no median).'}

| where | wall time (s) |
|---|---|
| local[2] (one JVM) | {r['median_local_s']:.1f} |
| standalone, 2 workers × 1 core | {r['median_cluster_s']:.1f} |

Results of the last local and cluster run compared (`bench/compare-homes.sh`): {r['results_compared']}

Raw runs (load average is the machine's at the end of each run; other builds shared the 2 cores):
""" + "\n".join(f"- local {x['local_s']:.1f} s, cluster {x['cluster_s']:.1f} s, load {x['load_average']}" for x in r['raw'])
+ """

## Scaling model (deploy/README.md, section 5)

Wall time ≈ fixed + parallel work / (executors × cores per executor).
- Parallel part: Tika parsing and CoreNLP annotation, one file or document per task, no shuffle before the Delta
  write. Basis: ingest-throughput.md (28 files/s on 2 local cores ⇒ ~14 files/s per core) and stack-notes.md
  (CoreNLP NER ~580–1,600 tokens/s per core); these grow linearly with cores until storage or the driver's Delta
  commits bind.
- Fixed part: JVM + SparkSession start per submission (~5 s), executor start + CoreNLP load per executor (3–13 s),
  and facts/catalog/insights, which are many small Spark jobs whose time follows the number of jobs, not rows
  (insights-feed.md: 80–120 s for 100k to 1M facts) — not shortened by more executors.
- Here both sides have the same 2 cores; the cluster adds RPC, task serialization and two more JVMs, so it cannot be
  faster on one machine. The table above measures that overhead, not a speed-up.""")
PY
cat "$BENCH/results/cluster-vs-local.md"
