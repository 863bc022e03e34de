#!/usr/bin/env bash
# Starts the demo network: the hub of Vietnam on http://localhost:8080 (data in ./data), the hub of
# Hong Kong, China on http://localhost:8081 (data in ./data-hk) and the hub of Lao PDR on
# http://localhost:8082 (data in ./data-la), each with its own embedded database, sharing the demo
# keys in ./demo-pki. Vietnam has both as partners; each of them has Vietnam. Ctrl-C stops all three.
# Logs: <data dir>/hub.log.
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
[ -x "$java_bin" ] || java_bin=java
jar=hub/target/caunoi-hub.jar
if [ ! -f "$jar" ]; then
  echo "Building $jar first (about a minute)..."
  ./mvnw -q -DskipTests package
fi

# node port data-dir, one line per hub
hubs="VN 8080 data
HK 8081 data-hk
LA 8082 data-la"

pids=()
while read -r node port dir; do
  mkdir -p "$dir"
  "$java_bin" -jar "$jar" --caunoi.node="$node" --server.port="$port" --caunoi.data-dir="$dir" >"$dir/hub.log" 2>&1 &
  pids+=($!)
done <<<"$hubs"
trap 'echo; echo "Stopping the hubs..."; kill "${pids[@]}" 2>/dev/null; wait "${pids[@]}" 2>/dev/null || true' INT TERM EXIT

while read -r node port dir; do
  printf 'Waiting for the hub of %s on port %s' "$node" "$port"
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP; do
    for pid in "${pids[@]}"; do
      if ! kill -0 "$pid" 2>/dev/null; then
        echo; echo "A hub stopped; see data/hub.log, data-hk/hub.log and data-la/hub.log" >&2; exit 1
      fi
    done
    printf '.'; sleep 1
  done
  echo " ready"
done <<<"$hubs"
cat <<TEXT

Vietnam:            http://localhost:8080   (log in as liaison / demo)
Hong Kong, China:   http://localhost:8081   (log in as liaison / demo)
Lao PDR:            http://localhost:8082   (log in as liaison / demo; non-nominal enforcement information only)

Send a Ping from Vietnam to each partner and see their signed receipts:
  open http://localhost:8080/partners/HK (or /partners/LA) and press "Test the connection", or
  curl -u liaison:demo -X POST 'http://localhost:8080/api/exchange/ping?partner=HK'
  curl -u liaison:demo -X POST 'http://localhost:8080/api/exchange/ping?partner=LA'
  curl -u liaison:demo 'http://localhost:8080/api/exchange/messages'

Ctrl-C stops all three hubs.
TEXT
wait "${pids[@]}"
