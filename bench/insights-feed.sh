#!/usr/bin/env bash
# Runtime of the whole insight feed over synthetic fact tables of growing size (default 100k, 300k, 1M rows),
# one run each (the feed itself is deterministic). Writes results/insights-feed.{md,json}.
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
SIZES="${SIZES:-100000 300000 1000000}"
WORK="${BENCH_WORK:-$BENCH/results/tmp}/insights-feed"
rm -rf "$WORK"; mkdir -p "$WORK"
(cd "$ROOT" && mvn -q -o -B -DskipTests package -pl bench -am)
CP="$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/bench.classpath")"
# shellcheck disable=SC2046
/usr/bin/time -f '%e %M' -o "$WORK/time" java $(cat "$ROOT/app/target/darkroom-jvm.flags" 2>/dev/null || true) -Xmx8g \
  -cp "$CP" io.darkroom.bench.feed.FeedBenchmark "$WORK" $SIZES | tee "$WORK/runs.jsonl"
read -r wall rss_kb < "$WORK/time"
python3 - "$WORK/runs.jsonl" "$wall" "$rss_kb" > "$BENCH/results/insights-feed.json" <<'PY'
import json, sys, os, platform
runs = [json.loads(l) for l in open(sys.argv[1]) if l.startswith("{")]
print(json.dumps({"benchmark": "insights-feed", "runs": runs, "process_wall_s": float(sys.argv[2]),
                  "peak_rss_mb": int(sys.argv[3]) / 1024,
                  "machine": f"{os.cpu_count()} cores, {platform.machine()}, {platform.system()} {platform.release()}"}, indent=2))
PY
python3 - "$BENCH/results/insights-feed.json" > "$BENCH/results/insights-feed.md" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print("# Insight feed runtime on synthetic facts\n")
print(f"Machine: {r['machine']}; Spark local[2]; peak RSS {r['peak_rss_mb']:.0f} MB. One run per size.\n")
print("| rows | feed (s) | setup: write facts + catalog (s) | subjects | series | findings | kept |")
print("|---|---|---|---|---|---|---|")
for x in r["runs"]:
    print(f"| {x['rows']:,} | {x['feed_s']:.1f} | {x['setup_s']:.1f} | {x['subjects']} | {x['series']} | {x['found']} | {x['kept']} |")
print("\nThe first size also pays the JVM's and Spark's warm-up. Feed time depends on the number of Spark jobs")
print("(subjects × dimensions, tree levels, driver passes), far more than on rows: cached facts of a million rows")
print("aggregate in about the time of a hundred thousand on two cores.")
print("\nTop insight of the largest run: " + (r["runs"][-1]["top"] if r["runs"] else ""))
PY
cat "$BENCH/results/insights-feed.md"
