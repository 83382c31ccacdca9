#!/bin/sh
# The darkroom CLI in the image: Spark's JVM flags (the parent pom's spark.jvm.flags) and every jar of the build.
set -eu
# shellcheck disable=SC2046
exec java $(cat /opt/darkroom/jvm.flags) ${DARKROOM_JAVA_OPTS:-} \
  -Dpdfbox.fontcache="${DARKROOM_HOME:-/data/darkroom}/.cache" \
  -cp '/opt/darkroom/lib/*' io.darkroom.app.Darkroom "$@"
