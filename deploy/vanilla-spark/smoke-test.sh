#!/usr/bin/env bash
# The shaded jobs jar on a Spark with nothing of Darkroom in it: a standalone cluster (deploy/local-cluster) whose
# SPARK_HOME holds only what Maven resolves for spark-sql + spark-mllib 4.2.0 (this folder's pom.xml: the jars of a
# Spark distribution), then `ingest` (default FORKED parsing) and `insights` submitted with the shaded jar alone.
# Proves the jar carries Tika, Delta, Darkroom and their libraries and does not need the cluster to have them.
#   deploy/vanilla-spark/smoke-test.sh [DOCS]      (default 100 sample files; needs Maven Central for the poms once)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DOCS="${1:-100}"
WORK="${TMPDIR:-/tmp}/darkroom-vanilla-spark"
rm -rf "$WORK" && mkdir -p "$WORK"
SHADED="$ROOT/jobs/target/darkroom-jobs-0.1.0-SNAPSHOT-shaded.jar"
[[ -f "$SHADED" ]] || (cd "$ROOT" && mvn -q -B -pl jobs -am package -DskipTests -Pshaded)
(cd "$HERE" && mvn -q -B dependency:build-classpath -Dmdep.outputFile="$WORK/spark.classpath")
FLAGS="$(cat "$ROOT/app/target/darkroom-jvm.flags")"
java $FLAGS -cp "$SHADED" io.darkroom.app.Darkroom sample --out "$WORK/sample" --docs "$DOCS" --seed 7 --json > /dev/null
MASTER="$("$ROOT/deploy/local-cluster" start --dir "$WORK/cluster" --classpath "$WORK/spark.classpath" --workers 2 --worker-cores 1 --worker-memory 2g | tail -1)"
trap '"$ROOT/deploy/local-cluster" stop --dir "$WORK/cluster" > /dev/null' EXIT
if ls "$WORK/cluster/spark-home/jars" | grep -qiE "darkroom|tika|corenlp|delta"; then
  echo "smoke-test: the cluster's jars are not vanilla Spark" >&2; exit 2
fi
for stage in ingest insights; do
  args=("$stage" --home "$WORK/home")
  [[ "$stage" == ingest ]] && args+=("$WORK/sample")
  start=$(date +%s)
  SPARK_HOME="$WORK/cluster/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 \
    java $FLAGS -Xmx2g -cp "$WORK/cluster/spark-home/jars/*" org.apache.spark.deploy.SparkSubmit --master "$MASTER" \
      --deploy-mode client --conf spark.driver.host=127.0.0.1 --conf spark.ui.enabled=false --conf spark.executor.memory=1500m \
      --conf spark.sql.shuffle.partitions=4 --class io.darkroom.jobs.DarkroomJob "$SHADED" "${args[@]}" > "$WORK/$stage.log" 2>&1 \
    || { echo "smoke-test: $stage failed; see $WORK/$stage.log" >&2; exit 1; }
  echo "$stage: $(( $(date +%s) - start )) s; $(grep -m1 -E 'check: discovered|Insight feed:' "$WORK/$stage.log")"
done
