#!/usr/bin/env bash
# WikiTableQuestions (dev subset: 732 questions over 80 Wikipedia tables), read in place from
# ../shared/data/nlq-benchmark/WikiTableQuestions-dev (CC BY-SA 4.0; tables are not copied into the repo).
# Each table is imported as `darkroom import` does (StructuredImport + CatalogRefresh) into a scratch
# warehouse (reused between runs), each question asked of a QuestionAnswerer over its own table, answers
# scored as normalised value sets with the official evaluator's rules.
# Knobs: DARKROOM_SHARED_DATA, WORK (scratch warehouse, default /tmp/darkroom-wtq), MASTER (local[2]), EXTRA ("--limit 50").
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
DATA="${DARKROOM_SHARED_DATA:-$ROOT/../shared/data}/nlq-benchmark/WikiTableQuestions-dev"
[[ -f "$DATA/questions.tsv" ]] || { echo "WikiTableQuestions-dev not found at $DATA (set DARKROOM_SHARED_DATA): skipping"; exit 0; }
WORK="${WORK:-/tmp/darkroom-wtq}"
mkdir -p "$WORK"
(cd "$ROOT" && mvn -o -q -B -DskipTests -pl bench -am package)
FLAGS="$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' "$ROOT/pom.xml")"
JSON="$BENCH/results/wikitablequestions.json"
OUT="$BENCH/results/wikitablequestions.md"
start=$(date +%s)
# shellcheck disable=SC2086
java $FLAGS -Xmx4g -cp "$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/bench.classpath")" \
  io.darkroom.bench.wtq.WikiTableQuestionsBench "$DATA" "$WORK" "$JSON" --master "${MASTER:-local[2]}" ${EXTRA:-} \
  2>&1 | grep -v -e '^SLF4J' -e 'WARN' -e 'incubator'
java -cp "$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/bench.classpath")" \
  io.darkroom.bench.wtq.WtqReport "$JSON" "$OUT" "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(date -u +%Y-%m-%d); Spark ${MASTER:-local[2]}; whole script $(( $(date +%s) - start )) s" "${LABEL:-run}"
echo "wrote $OUT"
