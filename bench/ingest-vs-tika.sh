#!/usr/bin/env bash
# Darkroom ingest vs plain Tika (bench/src/.../PlainTikaBaseline: multi-threaded AutoDetectParser,
# same thread count as Spark's local[N]) on the same corpus and machine: files/s, MB/s, peak RSS,
# median of RUNS. Corpora: the sample (DOCS files) and, when present, ../shared/data's Tika test files.
# Darkroom runs with isolation FORKED and IN_PROCESS (ISOLATION_MODES). Writes results/ingest-vs-tika.{md,json}.
# Extra darkroom ingest flags: DARKROOM_INGEST_FLAGS. Run it under the shared lock: flock /tmp/bench.lock bench/ingest-vs-tika.sh
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
RUNS="${RUNS:-3}"
DOCS="${DOCS:-2000}"
THREADS="${THREADS:-$(nproc)}"
WORK="${BENCH_WORK:-$BENCH/results/tmp}"
CORPORA="${CORPORA:-sample tika-test-documents}"
mkdir -p "$WORK"
"$ROOT/darkroom" --help > /dev/null   # builds the app (and the bench module) if needed
[[ -f "$ROOT/bench/target/bench.classpath" ]] || (cd "$ROOT" && mvn -q -B -DskipTests -pl bench -am install)
corpora=()
if [[ " $CORPORA " == *" sample "* ]]; then
  CORPUS="$WORK/sample-corpus-$DOCS"
  [[ -f "$CORPUS/truth.json" ]] || "$ROOT/darkroom" sample --out "$CORPUS" --docs "$DOCS" --seed 42
  corpora+=("sample:$CORPUS")
fi
TIKA_DOCS="${DARKROOM_SHARED_DATA:-$ROOT/../shared/data}/ingest-corpus/tika-test-documents"
[[ " $CORPORA " == *" tika-test-documents "* && -d "$TIKA_DOCS" ]] && corpora+=("tika-test-documents:$TIKA_DOCS")

load() { cut -d' ' -f1 /proc/loadavg; }
FLAGS="$(cat "$ROOT/app/target/darkroom-jvm.flags")"
rows=()
for entry in "${corpora[@]}"; do
  name="${entry%%:*}"; dir="${entry#*:}"
  for i in $(seq 1 "$RUNS"); do
    before="$(load)"
    # shellcheck disable=SC2086
    python3 "$BENCH/peak-tree-rss.py" "$WORK/t" java $FLAGS -cp "$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/bench.classpath")" \
      io.darkroom.bench.PlainTikaBaseline "$dir" "$THREADS" truth.json > "$WORK/tika.json"
    read -r wall rss largest < "$WORK/t"
    rows+=("$name plain-tika $i $(jq -r '[.files,.bytes,.seconds,.seconds,0,.failures]|@tsv' "$WORK/tika.json") $wall $rss $largest $before $(load)")
    echo "${rows[-1]}"
    for mode in ${ISOLATION_MODES:-FORKED IN_PROCESS}; do
      home="$WORK/home-vs-$i"; rm -rf "$home"
      before="$(load)"
      # shellcheck disable=SC2086
      python3 "$BENCH/peak-tree-rss.py" "$WORK/t" \
        "$ROOT/darkroom" ingest --home "$home" --master "local[$THREADS]" --json --exclude truth.json \
        --isolation "$mode" ${DARKROOM_INGEST_FLAGS:-} "$dir" > "$WORK/dr.json"
      read -r wall rss largest < "$WORK/t"
      rows+=("$name darkroom-$(echo "$mode" | tr 'A-Z_' 'a-z-') $i $(jq -r '[.discovered,.bytes,(.wallMillis/1000),(.work.parseMillis/1000),(.work.commitMillis/1000),.failed]|@tsv' "$WORK/dr.json") $wall $rss $largest $before $(load)")
      echo "${rows[-1]}"
    done
  done
done
printf '%s\n' "${rows[@]}" > "$WORK/rows.txt"
python3 - "$WORK/rows.txt" "$THREADS" "$BENCH/results/ingest-vs-tika" <<'PY'
import json, statistics, sys, os, platform, collections, datetime
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
threads, out = sys.argv[2], sys.argv[3]
groups = collections.defaultdict(list)
raw = []
for corpus, engine, run, files, nbytes, secs, parse_s, commit_s, failed, wall, rss, largest, load0, load1 in rows:
    r = dict(corpus=corpus, engine=engine, run=int(run), files=int(files), bytes=int(nbytes), seconds=float(secs),
             parse_s=float(parse_s) - float(commit_s), commit_s=float(commit_s), failed=int(failed), process_wall_s=float(wall),
             peak_tree_rss_kib=int(rss), peak_largest_process_rss_kib=int(largest), load_before=float(load0), load_after=float(load1))
    raw.append(r)
    groups[(corpus, engine)].append(r)
med = lambda runs, key: statistics.median(r[key] for r in runs)
result = {"date": datetime.date.today().isoformat(), "machine": f"{os.cpu_count()} cores, {platform.machine()}",
          "threads": int(threads), "results": [], "runs": raw}
for (corpus, engine), runs in sorted(groups.items()):
    secs = med(runs, "seconds")
    files, nbytes = runs[0]["files"], runs[0]["bytes"]
    result["results"].append({"corpus": corpus, "engine": engine, "runs": len(runs), "files": files, "bytes": nbytes,
        "median_s": secs, "files_per_s": files / secs, "mb_per_s": nbytes / 1e6 / secs,
        "median_parse_s": med(runs, "parse_s"), "median_commit_s": med(runs, "commit_s"),
        "failed": runs[0]["failed"], "median_process_wall_s": med(runs, "process_wall_s"),
        "peak_tree_rss_mb": med(runs, "peak_tree_rss_kib") / 1024, "peak_largest_process_rss_mb": med(runs, "peak_largest_process_rss_kib") / 1024,
        "load_before": [r["load_before"] for r in runs], "load_after": [r["load_after"] for r in runs]})
json.dump(result, open(out + ".json", "w"), indent=2)
lines = ["# Darkroom ingest vs plain Tika", "",
         f"{result['date']}; machine: {result['machine']}; {threads} threads for Tika, Spark local[{threads}] for Darkroom; median of {len(next(iter(groups.values())))} runs.",
         "",
         "What each time covers: **plain Tika** — from before the first `AutoDetectParser` is built to the last file parsed"
         " (recursive parsing with embedded documents, body text without a write limit and all metadata kept in memory per file,"
         " then dropped); no JVM start, no hashing, no writes. **Darkroom** — the ingest job's `wallMillis`: discovery, the"
         " incremental plan against the (empty) ledger, the Spark parse stage (SHA-256, MIME detection, the same recursive"
         " Tika parse, text quality and language, row shaping; in child JVMs when FORKED) and the documents + files Delta commits;"
         " no JVM or Spark start, and not the tables-in-files, facts and catalog steps that `darkroom ingest` runs afterwards"
         " (those are in 'whole process wall').",
         "'parse' is Darkroom's parse stage alone (time to the batch's last parsed file), 'commits' its Delta writes.",
         "Peak RSS is sampled every 100 ms over the whole process tree (forked parser JVMs included); 'largest' is the biggest single process.", "",
         "| corpus | engine | files | MB | time (s) | files/s | MB/s | parse (s) | commits (s) | failed | whole process wall (s) | peak RSS tree / largest (MB) | load before→after |",
         "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
for r in result["results"]:
    loads = ", ".join(f"{a:.1f}→{b:.1f}" for a, b in zip(r["load_before"], r["load_after"]))
    lines.append(f"| {r['corpus']} | {r['engine']} | {r['files']} | {r['bytes']/1e6:.1f} | {r['median_s']:.1f} | {r['files_per_s']:.1f} | {r['mb_per_s']:.2f} | {r['median_parse_s']:.1f} | {r['median_commit_s']:.1f} | {r['failed']} | {r['median_process_wall_s']:.1f} | {r['peak_tree_rss_mb']:.0f} / {r['peak_largest_process_rss_mb']:.0f} | {loads} |")
by = {(r["corpus"], r["engine"]): r for r in result["results"]}
lines.append("")
goals = {"darkroom-forked": (0.85, "within 15 % of plain Tika"), "darkroom-in-process": (1.0, "ahead of plain Tika")}
for corpus in sorted({r["corpus"] for r in result["results"]}):
    for engine, (bar, goal) in goals.items():
        if (corpus, engine) in by and (corpus, "plain-tika") in by:
            ratio = by[(corpus, engine)]["files_per_s"] / by[(corpus, "plain-tika")]["files_per_s"]
            verdict = "met" if ratio >= bar else "not met"
            lines.append(f"- {corpus}: {engine} runs at {ratio*100:.0f} % of plain Tika's files/s (goal: {goal}: {verdict}).")
open(out + ".md", "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
