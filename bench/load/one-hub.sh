# Shared by the single-hub scripts of bench/load (sourced, not run): starts one demo hub and signs in
# through the login form as a browser does.

# start_hub JAR PORT WORK: the hub in demo mode on a fresh data directory under WORK, its log in
# WORK/hub.log, JVM_OPTS passed to its JVM; waits until it is healthy and sets $pid.
start_hub() {
  local jar="$1" port="$2" work="$3"
  local java_bin="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
  # shellcheck disable=SC2086 # JVM_OPTS is a list of options
  "$java_bin" ${JVM_OPTS:-} -jar "$jar" --server.port="$port" --caunoi.data-dir="$work/data" \
      --caunoi.exchange.demo-pki="$work/demo-pki" >"$work/hub.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" | grep -q UP; do
    kill -0 "$pid" || { echo "The hub stopped; log in $work/hub.log" >&2; exit 1; }
    sleep 1
  done
}

# sign_in HUB USER COOKIES: a form sign-in with the login page's CSRF token; the session in COOKIES.
sign_in() {
  local hub="$1" user="$2" cookies="$3" csrf
  csrf=$(curl -fs -c "$cookies" "$hub/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -fs -o /dev/null -b "$cookies" -c "$cookies" --data-urlencode "username=$user" \
      --data-urlencode "password=demo" --data-urlencode "_csrf=$csrf" "$hub/login"
}
