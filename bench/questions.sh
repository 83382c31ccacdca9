#!/usr/bin/env bash
# Question-answering accuracy: asks every question of bench/questions/<set>.tsv of its warehouse, with the
# answerer wired as the app wires it, and grades each answer against hand-written gold (Spark SQL or truth.json).
# Writes results/questions.{md,json}. Knobs: SETS (sample,northwind[,enron]), WORK (scratch homes, default
# /tmp/darkroom-questions), DARKROOM_SHARED_DATA (default <repo>/../shared/data).
# Warehouses are built once and reused: the sample corpus with the app's `demo` (2,000 files, seed 42; ~10 min on
# 2 cores), Northwind with the app's `import` of the CSVs (read in place), Enron with `ingest` + `enrich`.
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
DATA="${DARKROOM_SHARED_DATA:-$ROOT/../shared/data}"
WORK="${WORK:-/tmp/darkroom-questions}"
SETS="${SETS:-sample,northwind}"
mkdir -p "$WORK"
(cd "$ROOT" && mvn -o -q -B -DskipTests package -pl bench -am)
FLAGS="$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' "$ROOT/pom.xml")"
CP="$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/bench.classpath")"
darkroom() {
  # shellcheck disable=SC2086
  java $FLAGS -Xmx4g -Dpdfbox.fontcache="$WORK/.cache" -cp "$CP" io.darkroom.app.Darkroom "$@"
}
args=()
csv=()
IFS=',' read -ra names <<< "$SETS"
for set in "${names[@]}"; do
  home="$WORK/$set"
  case "$set" in
    sample)
      [[ -d "$home/warehouse/facts" ]] || darkroom demo --no-serve --home "$home" --master 'local[2]' --docs 2000 --seed 42 ;;
    northwind)
      [[ -d "$DATA/tabular-business/northwind" ]] || { echo "Northwind CSVs not found under $DATA (set DARKROOM_SHARED_DATA)"; exit 1; }
      [[ -d "$home/warehouse/datasets" ]] || darkroom import "$DATA/tabular-business/northwind" --home "$home" --master 'local[2]'
      csv+=(--csv "nw=$DATA/tabular-business/northwind") ;;
    enron)
      [[ -d "$DATA/ingest-corpus/enron-email-sample" ]] || { echo "Enron sample not found under $DATA"; exit 1; }
      if [[ ! -d "$home/warehouse/facts" ]]; then
        darkroom ingest "$DATA/ingest-corpus/enron-email-sample" --home "$home" --master 'local[2]'
        darkroom enrich --home "$home" --master 'local[2]'
      fi ;;
    *) echo "unknown question set '$set'"; exit 1 ;;
  esac
  args+=("$set=$BENCH/questions/$set.tsv@$home")
done
start=$(date +%s)
# shellcheck disable=SC2086
java $FLAGS -Xmx6g -cp "$CP" io.darkroom.bench.questions.QuestionBench "$BENCH/results/questions" "${args[@]}" "${csv[@]}" \
  2>&1 | grep -v -e '^SLF4J' -e 'WARN' -e 'incubator'
echo "whole run $(( $(date +%s) - start )) s"
