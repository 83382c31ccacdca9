#!/usr/bin/env bash
# Installs and starts what the integration tests talk to, on 127.0.0.1 only:
#  - PostgreSQL (Debian package), with a database for the JDBC import tests;
#  - Tesseract OCR (Debian packages), so scanned documents are tested for real.
# Prints the environment the tests read (eval "$(.ci/test-services.sh)"); tests skip without it.
set -euo pipefail
log() { echo "test-services: $*" >&2; }

missing=()
command -v pg_ctlcluster >/dev/null || missing+=(postgresql)
command -v tesseract >/dev/null || missing+=(tesseract-ocr tesseract-ocr-eng)
if ((${#missing[@]})); then
  log "installing ${missing[*]}"
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
fi

version="$(ls /usr/lib/postgresql | sort -n | tail -1)"
if ! pg_lsclusters -h | awk '{print $1, $2}' | grep "^$version main$" >/dev/null; then
  pg_createcluster "$version" main >&2
fi
# Loopback only: the tests never need more.
sed -i "s/^#\?listen_addresses.*/listen_addresses = '127.0.0.1'/" "/etc/postgresql/$version/main/postgresql.conf"
pg_ctlcluster "$version" main start >&2 2>/dev/null || pg_ctlcluster "$version" main status >/dev/null
port="$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')"
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 1
done
su postgres -c "psql -q -p $port -tc \"SELECT 1 FROM pg_roles WHERE rolname='darkroom'\"" | grep 1 >/dev/null \
  || su postgres -c "psql -q -p $port -c \"CREATE ROLE darkroom LOGIN PASSWORD 'darkroom'\"" >&2
su postgres -c "psql -q -p $port -tc \"SELECT 1 FROM pg_database WHERE datname='darkroom_test'\"" | grep 1 >/dev/null \
  || su postgres -c "createdb -p $port -O darkroom darkroom_test" >&2
log "PostgreSQL $version on 127.0.0.1:$port, database darkroom_test"
echo "export DARKROOM_TEST_JDBC_URL='jdbc:postgresql://127.0.0.1:$port/darkroom_test?user=darkroom&password=darkroom'"
