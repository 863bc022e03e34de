#!/usr/bin/env bash
# Starts the demo network: the hub of Vietnam on http://localhost:8080 (data in ./data) and the hub of
# Hong Kong, China on http://localhost:8081 (data in ./data-hk), each with its own embedded database,
# sharing the demo keys in ./demo-pki. Ctrl-C stops both. Logs: ./data/hub.log, ./data-hk/hub.log.
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
[ -x "$java_bin" ] || java_bin=java
jar=hub/target/caunoi-hub.jar
if [ ! -f "$jar" ]; then
  echo "Building $jar first (about a minute)..."
  ./mvnw -q -DskipTests package
fi
mkdir -p data data-hk
"$java_bin" -jar "$jar" --server.port=8080 --caunoi.data-dir=data >data/hub.log 2>&1 &
vn=$!
"$java_bin" -jar "$jar" --caunoi.node=HK --server.port=8081 --caunoi.data-dir=data-hk >data-hk/hub.log 2>&1 &
hk=$!
trap 'echo; echo "Stopping both hubs..."; kill $vn $hk 2>/dev/null; wait $vn $hk 2>/dev/null || true' INT TERM EXIT
for port in 8080 8081; do
  printf 'Waiting for the hub on port %s' "$port"
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP; do
    if ! kill -0 $vn 2>/dev/null || ! kill -0 $hk 2>/dev/null; then
      echo; echo "A hub stopped; see data/hub.log and data-hk/hub.log" >&2; exit 1
    fi
    printf '.'; sleep 1
  done
  echo " ready"
done
cat <<TEXT

Vietnam:            http://localhost:8080   (log in as liaison / demo)
Hong Kong, China:   http://localhost:8081   (log in as liaison / demo)

Send a Ping from Vietnam to Hong Kong and see its signed receipt:
  open http://localhost:8080/partners/HK and press "Test the connection", or
  curl -u liaison:demo -X POST 'http://localhost:8080/api/exchange/ping?partner=HK'
  curl -u liaison:demo 'http://localhost:8080/api/exchange/messages?partner=HK'

Ctrl-C stops both hubs.
TEXT
wait $vn $hk
