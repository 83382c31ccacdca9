#!/usr/bin/env bash
# Darkroom ingest vs plain Tika (bench/src/.../PlainTikaBaseline: multi-threaded AutoDetectParser,
# same thread count as Spark's local[N]) on the same corpus and machine: files/s, MB/s, peak RSS,
# median of RUNS. Corpora: the sample (DOCS files) and, when present, ../shared/data's Tika test files.
# Darkroom runs with isolation FORKED and IN_PROCESS (ISOLATION_MODES). Writes results/ingest-vs-tika.{md,json}.
# Extra darkroom ingest flags: DARKROOM_INGEST_FLAGS.
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
RUNS="${RUNS:-3}"
DOCS="${DOCS:-2000}"
THREADS="${THREADS:-$(nproc)}"
WORK="${BENCH_WORK:-$BENCH/results/tmp}"
mkdir -p "$WORK"
"$ROOT/darkroom" --help > /dev/null   # builds the app (and the bench module) if needed
[[ -f "$ROOT/bench/target/bench.classpath" ]] || (cd "$ROOT" && mvn -q -B -DskipTests -pl bench -am install)
CORPUS="$WORK/sample-corpus-$DOCS"
[[ -f "$CORPUS/truth.json" ]] || "$ROOT/darkroom" sample --out "$CORPUS" --docs "$DOCS" --seed 42
corpora=("sample:$CORPUS")
TIKA_DOCS="$ROOT/../shared/data/ingest-corpus/tika-test-documents"
[[ -d "$TIKA_DOCS" ]] && corpora+=("tika-test-documents:$TIKA_DOCS")

FLAGS="$(cat "$ROOT/app/target/darkroom-jvm.flags")"
rows=()
for entry in "${corpora[@]}"; do
  name="${entry%%:*}"; dir="${entry#*:}"
  for i in $(seq 1 "$RUNS"); do
    # shellcheck disable=SC2086
    /usr/bin/time -f '%e %M' -o "$WORK/t" java $FLAGS -cp "$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/bench.classpath")" \
      io.darkroom.bench.PlainTikaBaseline "$dir" "$THREADS" truth.json > "$WORK/tika.json"
    read -r wall rss < "$WORK/t"
    rows+=("$name plain-tika $i $(jq -r '[.files,.bytes,.seconds]|@tsv' "$WORK/tika.json") $wall $rss")
    echo "${rows[-1]}"
    for mode in ${ISOLATION_MODES:-FORKED IN_PROCESS}; do
      home="$WORK/home-vs-$i"; rm -rf "$home"
      # shellcheck disable=SC2086
      /usr/bin/time -f '%e %M' -o "$WORK/t" \
        "$ROOT/darkroom" ingest --home "$home" --master "local[$THREADS]" --json --exclude truth.json \
        --isolation "$mode" ${DARKROOM_INGEST_FLAGS:-} "$dir" > "$WORK/dr.json"
      read -r wall rss < "$WORK/t"
      rows+=("$name darkroom-$(echo "$mode" | tr 'A-Z_' 'a-z-') $i $(jq -r '[.discovered,.bytes,(.wallMillis/1000)]|@tsv' "$WORK/dr.json") $wall $rss")
      echo "${rows[-1]}"
    done
  done
done
printf '%s\n' "${rows[@]}" > "$WORK/rows.txt"
python3 - "$WORK/rows.txt" "$THREADS" "$BENCH/results/ingest-vs-tika" <<'PY'
import json, statistics, sys, os, platform, collections
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
threads, out = sys.argv[2], sys.argv[3]
groups = collections.defaultdict(list)
for corpus, engine, run, files, nbytes, secs, wall, rss in rows:
    groups[(corpus, engine)].append((int(files), int(nbytes), float(secs), float(wall), int(rss)))
result = {"machine": f"{os.cpu_count()} cores, {platform.machine()}", "threads": int(threads), "results": []}
for (corpus, engine), runs in sorted(groups.items()):
    secs = statistics.median(r[2] for r in runs)
    files, nbytes = runs[0][0], runs[0][1]
    result["results"].append({"corpus": corpus, "engine": engine, "runs": len(runs), "files": files, "bytes": nbytes,
        "median_s": secs, "files_per_s": files / secs, "mb_per_s": nbytes / 1e6 / secs,
        "median_wall_s": statistics.median(r[3] for r in runs), "peak_rss_mb": statistics.median(r[4] for r in runs) / 1024})
json.dump(result, open(out + ".json", "w"), indent=2)
lines = ["# Darkroom ingest vs plain Tika", "",
         f"Machine: {result['machine']}; {threads} threads for Tika, Spark local[{threads}] for Darkroom; median of runs.",
         "Darkroom's time is its ingest job (discovery, Tika on Spark, hashing, Delta writes); Tika's is the parse loop alone.", "",
         "| corpus | engine | files | MB | time (s) | files/s | MB/s | whole process wall (s) | peak RSS (MB) |", "|---|---|---|---|---|---|---|---|---|"]
for r in result["results"]:
    lines.append(f"| {r['corpus']} | {r['engine']} | {r['files']} | {r['bytes']/1e6:.1f} | {r['median_s']:.1f} | {r['files_per_s']:.1f} | {r['mb_per_s']:.2f} | {r['median_wall_s']:.1f} | {r['peak_rss_mb']:.0f} |")
by = {(r["corpus"], r["engine"]): r for r in result["results"]}
for corpus in sorted({r["corpus"] for r in result["results"]}):
    for engine in ("darkroom-forked", "darkroom-in-process"):
        if (corpus, engine) in by and (corpus, "plain-tika") in by:
            ratio = by[(corpus, engine)]["files_per_s"] / by[(corpus, "plain-tika")]["files_per_s"]
            lines.append(f"\n{corpus}: {engine} runs at {ratio*100:.0f} % of plain Tika's files/s.")
open(out + ".md", "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
