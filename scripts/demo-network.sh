#!/usr/bin/env bash
# Starts the demo network: the hub of Vietnam on http://localhost:8080 (data in ./data), the hub of
# Hong Kong, China on http://localhost:8081 (data in ./data-hk) and the hub of Lao PDR on
# http://localhost:8082 (data in ./data-la), each with its own embedded database, sharing the demo
# keys in ./demo-pki. Vietnam has both as partners; each of them has Vietnam. Ctrl-C stops all three.
# Logs: <data dir>/hub.log.
# Other ports: DEMO_PORT=9080 scripts/demo-network.sh runs them on 9080, 9081 and 9082, and tells
# each hub the others' addresses (--caunoi.exchange.demo-network.<NODE>=URL). A hub takes those
# addresses at the first start of its data directory only; afterwards its partner pages hold them.
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
[ -x "$java_bin" ] || java_bin=java
jar=hub/target/caunoi-hub.jar
if [ ! -f "$jar" ]; then
  echo "Building $jar first (about a minute)..."
  ./mvnw -q -DskipTests package
fi

# node port data-dir time-zone, one line per hub: each hub shows times in its officers' zone
# (--caunoi.time-zone), Hong Kong's an hour ahead of Vietnam's and Lao PDR's.
base="${DEMO_PORT:-8080}"
hubs="VN $base data Asia/Ho_Chi_Minh
HK $((base + 1)) data-hk Asia/Hong_Kong
LA $((base + 2)) data-la Asia/Vientiane"
network=()
while read -r node port dir zone; do
  network+=("--caunoi.exchange.demo-network.$node=http://127.0.0.1:$port/as4")
done <<<"$hubs"

pids=()
while read -r node port dir zone; do
  mkdir -p "$dir"
  "$java_bin" -jar "$jar" --caunoi.node="$node" --server.port="$port" --caunoi.data-dir="$dir" --caunoi.time-zone="$zone" \
    "${network[@]}" >"$dir/hub.log" 2>&1 &
  pids+=($!)
done <<<"$hubs"
trap 'echo; echo "Stopping the hubs..."; kill "${pids[@]}" 2>/dev/null; wait "${pids[@]}" 2>/dev/null || true' INT TERM EXIT

while read -r node port dir zone; do
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

Vietnam:            http://localhost:$base   (log in as liaison / demo)
Hong Kong, China:   http://localhost:$((base + 1))   (log in as liaison / demo)
Lao PDR:            http://localhost:$((base + 2))   (log in as liaison / demo; non-nominal enforcement information only)

Send a Ping from Vietnam to each partner and see their signed receipts:
  open http://localhost:$base/partners/HK (or /partners/LA) and press "Test the connection", or
  curl -u liaison:demo -X POST 'http://localhost:$base/api/exchange/ping?partner=HK'
  curl -u liaison:demo -X POST 'http://localhost:$base/api/exchange/ping?partner=LA'
  curl -u liaison:demo 'http://localhost:$base/api/exchange/messages'

Ctrl-C stops all three hubs.
TEXT
wait "${pids[@]}"
