#!/usr/bin/env bash
# Measures the hub's start to "ready" (GET /actuator/health says UP) with the embedded database:
# a first start on an empty data directory (initdb, migrations, demo data) and restarts on the
# same directory. Usage: bench/scripts/startup.sh [runs]   (after ./mvnw -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"
java_bin="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
jar=hub/target/caunoi-hub.jar
port=18080
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

start_once() {
  local label="$1" t0 t1 pid
  t0=$(date +%s%N)
  "$java_bin" -jar "$jar" --server.port=$port --caunoi.data-dir="$data" >"$data/hub.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "hub died; see $data/hub.log" >&2; cat "$data/hub.log" >&2; exit 1; fi
    sleep 0.1
  done
  t1=$(date +%s%N)
  printf '%s\t%.2f s\n' "$label" "$(echo "($t1 - $t0) / 1000000000" | bc -l)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $("$java_bin" -version 2>&1 | head -1)"
start_once "first start (empty data dir)"
for i in $(seq 1 "$runs"); do start_once "restart $i"; done
