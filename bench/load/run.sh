#!/usr/bin/env bash
# The load test of issue #20: starts the hubs of Vietnam and Hong Kong (demo mode, fresh data
# directories under a temporary folder, ports 18080 and 18081), runs the Gatling simulation against
# Vietnam's hub while it exchanges with Hong Kong's, and stops both. Gatling's report goes to
# bench/load/target/gatling/. Options are passed to Maven, e.g. -Dofficers=50 -DapiClients=5 -Dseconds=120.
set -euo pipefail
cd "$(dirname "$0")/../.."
java_bin="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
jar=hub/target/caunoi-hub.jar
[ -f "$jar" ] || ./mvnw -q -DskipTests package

work="$(mktemp -d)"
network=(--caunoi.exchange.demo-pki="$work/demo-pki"
         --caunoi.exchange.demo-network.VN=http://127.0.0.1:18080/as4
         --caunoi.exchange.demo-network.HK=http://127.0.0.1:18081/as4)
"$java_bin" -jar "$jar" --caunoi.node=VN --server.port=18080 --caunoi.data-dir="$work/vn" "${network[@]}" >"$work/vn.log" 2>&1 &
vn=$!
"$java_bin" -jar "$jar" --caunoi.node=HK --server.port=18081 --caunoi.data-dir="$work/hk" "${network[@]}" >"$work/hk.log" 2>&1 &
hk=$!
trap 'kill $vn $hk 2>/dev/null; wait $vn $hk 2>/dev/null || true' EXIT
for port in 18080 18081; do
  until curl -fs "http://127.0.0.1:$port/actuator/health" | grep -q UP; do
    kill -0 $vn && kill -0 $hk || { echo "A hub stopped; logs in $work" >&2; exit 1; }
    sleep 1
  done
done
echo "Hubs ready (logs in $work); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -ntp -f bench/load/pom.xml gatling:test -Dhub=http://127.0.0.1:18080 -Dpartner=HK "$@"
echo "Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
