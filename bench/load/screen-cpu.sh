#!/usr/bin/env bash
# CPU time the hub's JVM spends per request of each screen (issue #20), read from /proc before and
# after R requests of it, one after the other with curl. CPU time moves far less than response
# time when other work shares the cores, so two builds can be compared on a busy machine; the
# hub's PostgreSQL is not counted. Starts one hub (demo mode, a fresh data directory) and signs in
# as the supervisor, who sees every screen.
#   bench/load/screen-cpu.sh [jar] [repeats] [port]
# JVM_OPTS passes options to the hub's JVM, e.g. a profile of the run:
#   JVM_OPTS='-XX:StartFlightRecording=filename=/tmp/screens.jfr,settings=profile' bench/load/screen-cpu.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
jar="${1:-hub/target/caunoi-hub.jar}"
repeats="${2:-100}"
port="${3:-18095}"
hub="http://127.0.0.1:$port"
. bench/load/one-hub.sh

work="$(mktemp -d)"
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
start_hub "$jar" "$port" "$work"
cookies="$work/cookies"
sign_in "$hub" supervisor "$cookies"

ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }   # user + system, in clock ticks
per_second=$(getconf CLK_TCK)
cpu_per_request() { # curl's arguments
  for _ in $(seq 20); do curl -fs -o /dev/null "$@"; done          # warm-up
  local before after
  before=$(ticks)
  for _ in $(seq "$repeats"); do curl -fs -o /dev/null "$@"; done
  after=$(ticks)
  awk -v t=$((after - before)) -v r="$repeats" -v hz="$per_second" 'BEGIN { printf "%.1f", 1000 * t / hz / r }'
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $repeats requests each; JVM CPU ms per request"
for screen in / /partners /partners/HK /agreements /legal-basis /enforcement/cases /assistance/requests \
              /assistance/figures /exchange/messages; do
  printf '%-24s %s\n' "$screen" "$(cpu_per_request -b "$cookies" "$hub$screen")"
done
printf '%-24s %s\n' "/api/partners (Basic)" "$(cpu_per_request -u supervisor:demo "$hub/api/partners")"
token=$(curl -fs -u supervisor:demo -H 'Content-Type: application/json' -d '{"name": "screen-cpu", "days": 1}' \
    "$hub/api/tokens" | grep -o '"token":"[^"]*"' | sed 's/.*:"//; s/"$//' || true)
if [ -n "$token" ]; then   # a jar from before API tokens has none
  printf '%-24s %s\n' "/api/partners (token)" "$(cpu_per_request -H "Authorization: Bearer $token" "$hub/api/partners")"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
