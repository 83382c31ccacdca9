#!/bin/sh
# A Spark standalone daemon or a spark-submit from the image's jars (there is no Spark distribution in it):
#   spark-daemon master                 (port 7077, UI 8080)
#   spark-daemon worker spark://HOST:7077 (UI 8081; SPARK_WORKER_CORES, SPARK_WORKER_MEMORY)
#   spark-daemon submit [spark-submit arguments]
set -eu
FLAGS="$(cat /opt/darkroom/jvm.flags)"
role="$1"; shift
case "$role" in
  master) main=org.apache.spark.deploy.master.Master
          set -- --host "${SPARK_MASTER_HOST:-$(hostname)}" --port 7077 --webui-port 8080 "$@" ;;
  worker) main=org.apache.spark.deploy.worker.Worker
          set -- --webui-port 8081 --cores "${SPARK_WORKER_CORES:-2}" --memory "${SPARK_WORKER_MEMORY:-4g}" "$@" ;;
  submit) main=org.apache.spark.deploy.SparkSubmit ;;
  *) echo "spark-daemon: Cannot start '$role': expected master, worker or submit" >&2; exit 1 ;;
esac
# shellcheck disable=SC2086
exec java $FLAGS ${SPARK_DAEMON_JAVA_OPTS:-} -cp '/opt/darkroom/lib/*' "$main" "$@"
