#!/usr/bin/env bash
# The message list as a screen and as the API, timed the same way in one run (issue #20): starts one hub
# (demo mode, a fresh data directory, port 18090 or the fourth argument), queues N pings to Hong Kong (no hub answers there, so
# they stay in the list), signs in as the liaison officer and times R requests of each, one after the
# other, with curl. Prints the median and the slowest of each and their ratio; the ratio is what to
# compare between two builds on a busy machine.
#   bench/load/screens-vs-api.sh [jar] [messages] [repeats] [port]
set -euo pipefail
cd "$(dirname "$0")/../.."
jar="${1:-hub/target/caunoi-hub.jar}"
messages="${2:-600}"
repeats="${3:-30}"
port="${4:-18090}"
hub="http://127.0.0.1:$port"
. bench/load/one-hub.sh

work="$(mktemp -d)"
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
start_hub "$jar" "$port" "$work"
seq "$messages" | xargs -P 4 -I{} curl -fs -o /dev/null -u liaison:demo -X POST "$hub/api/exchange/ping?partner=HK"

jar_file="$work/cookies"
sign_in "$hub" liaison "$jar_file"

median_of() { # curl's arguments; prints the median and the slowest time in ms
  for _ in $(seq "$repeats"); do curl -fs -o /dev/null -w '%{time_total}\n' "$@"; done |
    sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "%.0f %.0f\n", t[int((NR + 1) / 2)], t[NR] }'
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $messages messages, $repeats requests each"
# One of each first, so neither pays for the first run of its code path.
curl -fs -o /dev/null -b "$jar_file" "$hub/exchange/messages"
curl -fs -o /dev/null -u liaison:demo "$hub/api/exchange/messages?page=0&size=50"
read -r screen screen_max < <(median_of -b "$jar_file" "$hub/exchange/messages")
read -r api api_max < <(median_of -u liaison:demo "$hub/api/exchange/messages?page=0&size=50")
rows=$(curl -fs -b "$jar_file" "$hub/exchange/messages" | grep -c 'data-message-id=' || true)
echo "screen /exchange/messages ($rows rows): median $screen ms, slowest $screen_max ms"
echo "api /api/exchange/messages?size=50:  median $api ms, slowest $api_max ms"
awk -v s="$screen" -v a="$api" 'BEGIN { printf "screen / api: %.1f\n", s / a }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
