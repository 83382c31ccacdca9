#!/usr/bin/env bash
# REST API under load: starts `darkroom serve` on a copy of a sample warehouse home (SAMPLE_HOME, default
# /tmp/demo2; the original is only read), creates a read key, and runs CLIENTS concurrent clients (default 20)
# for DURATION seconds (default 60) on loopback, each asking 20 stand-alone questions of bench/questions/sample.tsv in
# turn (retrying a 503 after Retry-After, up to 5 times). Each answer is compared with the answer the question got alone before the load (mixed-up = error).
# Writes results/api-load.{md,json}.
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
CLIENTS="${CLIENTS:-20}"
SECONDS_RUN="${DURATION:-60}"
SAMPLE_HOME="${SAMPLE_HOME:-/tmp/demo2}"
PORT="${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}"
WORK="${BENCH_WORK:-$BENCH/results/tmp}/api-load"
[[ -d "$SAMPLE_HOME/warehouse" ]] || { echo "no sample warehouse at $SAMPLE_HOME (run 'darkroom demo --home $SAMPLE_HOME')"; exit 1; }
rm -rf "$WORK"; mkdir -p "$WORK"
cp -r "$SAMPLE_HOME" "$WORK/home"
(cd "$ROOT" && mvn -q -o -B -DskipTests package -pl bench -am)
CP="$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/bench.classpath")"
FLAGS="$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' "$ROOT/pom.xml")"
# shellcheck disable=SC2086
KEY="$(java $FLAGS -cp "$CP" io.darkroom.app.Darkroom serve --home "$WORK/home" --new-key bench --role read 2>/dev/null | tail -1)"
# shellcheck disable=SC2086
java $FLAGS -Xmx3g -cp "$CP" io.darkroom.app.Darkroom serve --home "$WORK/home" --port "$PORT" > "$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  grep -q "is listening" "$WORK/serve.log" && break
  kill -0 $SERVER 2>/dev/null || { cat "$WORK/serve.log"; exit 1; }
  sleep 1
done
grep -q "is listening" "$WORK/serve.log" || { echo "server did not start"; exit 1; }
load_start="$(cut -d' ' -f1 /proc/loadavg)"
# shellcheck disable=SC2086
java $FLAGS -cp "$CP" io.darkroom.bench.api.ApiLoadBench "http://127.0.0.1:$PORT" "$KEY" "$BENCH/questions/sample.tsv" \
  "$CLIENTS" "$SECONDS_RUN" "$BENCH/results/api-load.json"
load_end="$(cut -d' ' -f1 /proc/loadavg)"
python3 - "$BENCH/results/api-load.json" "$BENCH/results/api-load.md" "$load_start" "$load_end" <<'PY'
import json, sys, datetime, os
r = json.load(open(sys.argv[1]))
md = f"""# REST API load (bench/api-load.sh)

{datetime.date.today().isoformat()}, {os.cpu_count()} cores, `darkroom serve` (Spark local[*], default limits: 4 Spark slots,
30 s timeout) on a copy of the 2,000-file sample warehouse; load average {sys.argv[3]} at start / {sys.argv[4]} at end
(the end figure includes the benchmark itself: the server and 20 clients on 2 cores).

{r['clients']} clients on loopback for {r['seconds']:.0f} s, each cycling through the same {r['questions']} questions from its own offset
(`POST /api/ask`, read key). Every answer is compared with the answer its question got alone before the load.

| requests | ok | errors | mixed-up answers | requests/s | p50 | p95 | p99 | max |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|
| {r['requests']:,} | {r['ok']:,} | {r['errors']} | {r['mixedUp']} | {r['requestsPerSecond']:.2f} | {r['p50ms']:.0f} ms | {r['p95ms']:.0f} ms | {r['p99ms']:.0f} ms | {r['maxms']:.0f} ms |

Final status codes: {r['statuses']}; 503 busy answers retried after Retry-After (clients do; latency includes the wait): {r['retriedAfter503']}. One at a time before the load: p50 {r['aloneP50ms']:.0f} ms, max {r['aloneMaxms']:.0f} ms.
With 4 Spark slots a request waits for a slot up to 10 s (a third of the timeout), then gets 503 + Retry-After; a client
retries up to 5 times and only a request still failing after that counts as an error.

Questions: {'; '.join(r['questionList'])}.
"""
if r['firstErrors']:
    md += "\nFirst errors: " + " | ".join(e[:200].replace('\n', ' ') for e in r['firstErrors']) + "\n"
open(sys.argv[2], "w").write(md)
print(md)
PY
