#!/usr/bin/env bash
# Ingest throughput of the sample corpus: files/s, MB/s and peak RSS of `darkroom ingest`,
# median of RUNS runs (default 3), each into a fresh warehouse. Writes results/ingest-throughput.{md,json}.
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
RUNS="${RUNS:-3}"
DOCS="${DOCS:-2000}"
WORK="${BENCH_WORK:-$BENCH/results/tmp}"
mkdir -p "$WORK"
CORPUS="$WORK/sample-corpus-$DOCS"
[[ -f "$CORPUS/truth.json" ]] || "$ROOT/darkroom" sample --out "$CORPUS" --docs "$DOCS" --seed 42

files=$(find "$CORPUS" -type f ! -name truth.json | wc -l)
bytes=$(find "$CORPUS" -type f ! -name truth.json -printf '%s\n' | awk '{s+=$1} END {print s}')
results=()
for i in $(seq 1 "$RUNS"); do
  home="$WORK/home-$i"; rm -rf "$home"
  /usr/bin/time -f '%e %M' -o "$WORK/time-$i" \
    "$ROOT/darkroom" ingest --home "$home" --json --exclude truth.json "$CORPUS" > "$WORK/summary-$i.json"
  read -r wall rss_kb < "$WORK/time-$i"
  job_ms=$(jq '.wallMillis' "$WORK/summary-$i.json")
  results+=("$wall $rss_kb $job_ms")
  echo "run $i: wall ${wall}s (JVM start + Spark + ingest + facts), ingest job ${job_ms} ms, peak RSS $((rss_kb / 1024)) MB"
done

python3 - "$files" "$bytes" "$DOCS" "${results[@]}" > "$BENCH/results/ingest-throughput.json" <<'PY'
import json, statistics, sys, platform, os
files, nbytes, docs = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
runs = [tuple(map(float, r.split())) for r in sys.argv[4:]]
wall = statistics.median(r[0] for r in runs)
job = statistics.median(r[2] for r in runs) / 1000
rss = statistics.median(r[1] for r in runs) / 1024
print(json.dumps({
    "benchmark": "ingest-throughput", "files": files, "bytes": nbytes, "requested_docs": docs, "runs": len(runs),
    "median_wall_s": wall, "median_ingest_job_s": job,
    "files_per_s_job": files / job, "mb_per_s_job": nbytes / 1e6 / job,
    "files_per_s_wall": files / wall, "peak_rss_mb": rss,
    "machine": f"{os.cpu_count()} cores, {platform.machine()}, {platform.system()} {platform.release()}",
    "raw": [{"wall_s": r[0], "peak_rss_kb": r[1], "job_ms": r[2]} for r in runs]}, indent=2))
PY
jq -r '"# Ingest throughput (sample corpus)\n\nMachine: \(.machine). Corpus: \(.files) files, \(.bytes/1e6*10|round/10) MB (`darkroom sample --docs \(.requested_docs) --seed 42`). Median of \(.runs) runs, each into a fresh warehouse, `darkroom ingest --json`.\n\n| metric | median |\n|---|---|\n| ingest job (discovery + Tika on Spark + Delta writes) | \(.median_ingest_job_s*10|round/10) s |\n| files/s (job) | \(.files_per_s_job*10|round/10) |\n| MB/s (job) | \(.mb_per_s_job*100|round/100) |\n| whole command wall time (JVM + Spark start + ingest + facts) | \(.median_wall_s) s |\n| peak RSS | \(.peak_rss_mb|round) MB |\n"' \
  "$BENCH/results/ingest-throughput.json" > "$BENCH/results/ingest-throughput.md"
cat "$BENCH/results/ingest-throughput.md"
