#!/usr/bin/env bash
# Entity extraction precision/recall, document-type accuracy and topics of an enriched sample warehouse,
# scored against the generator's truth.json (document_entities, document_labels). Reads the warehouse only.
# WAREHOUSE: an enriched, featured warehouse of `darkroom ingest` of the sample (default /tmp/pp/home/warehouse);
# CORPUS: the corpus folder that was ingested (default /tmp/pp/corpus); TRUTH: a truth.json with document_entities
# (default: CORPUS/truth.json if it has them, else the corpus is regenerated with SEED/DOCS into a work folder and its
# truth.json is used; the script checks the regenerated files are byte-identical to CORPUS).
# REANNOTATE=1 scores the current annotator on the warehouse's documents (the stage's Spark step, nothing written)
# instead of the stored entities table. Writes results/entity-extraction.{md,json}. Accuracy only: no timing, no lock.
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH")"
WAREHOUSE="${WAREHOUSE:-/tmp/pp/home/warehouse}"
CORPUS="${CORPUS:-/tmp/pp/corpus}"
SEED="${SEED:-42}"
DOCS="${DOCS:-2000}"
WORK="${BENCH_WORK:-$BENCH/results/tmp}/entity-extraction"
mkdir -p "$WORK"
(cd "$ROOT" && mvn -q -o -B -DskipTests package -pl bench -am)
CP="$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/bench.classpath")"
FLAGS="$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' "$ROOT/pom.xml")"
TRUTH="${TRUTH:-$CORPUS/truth.json}"
if ! grep -q '"document_entities"' "$TRUTH"; then
  rm -rf "$WORK/corpus"
  # shellcheck disable=SC2086
  java $FLAGS -cp "$CP" io.darkroom.app.Darkroom sample --out "$WORK/corpus" --docs "$DOCS" --seed "$SEED" >/dev/null
  diff -r -q -x truth.json "$WORK/corpus" "$CORPUS" || { echo "regenerated corpus differs from $CORPUS: wrong SEED/DOCS?"; exit 1; }
  TRUTH="$WORK/corpus/truth.json"
fi
# shellcheck disable=SC2086
java $FLAGS -Xmx4g -cp "$CP" io.darkroom.bench.entities.EntityExtractionBench "$WAREHOUSE" "$TRUTH" "$CORPUS" \
  "$BENCH/results/entity-extraction.json" "$BENCH/results/entity-extraction.md" ${REANNOTATE:+--reannotate} \
  2>&1 | grep -v -e '^SLF4J' -e 'WARN' -e ' INFO ' -e 'incubator' || true
