#!/usr/bin/env bash
# The crash soak (issue #20): two demo hubs, VN and HK, each a `java -jar caunoi-hub.jar` process with
# its own data directory and free port, exchange pings through the API (VN sends N to HK, HK N/10 to
# VN) while hubs are killed with SIGKILL at random moments and started again on the same data, and
# the embedded PostgreSQL of one or the other is killed on its own. Then it checks, on both sides:
# every message delivered, processed exactly once, every receipt back, both audit chains intact.
# One line per check; exit code 1 when one fails. The driver is the hub's test class CrashSoak, which
# CrashSoakTest also runs at a small size in the build.
#
#   bench/crash-soak.sh [--messages 10000] [--hub-kills 20] [--database-kills 4] [--seed N]
#                        [--start-minutes 10] [--kill-minutes 600] [--settle-minutes 30]
#
# Builds once, then copies the jar and the driver into bench/target/crash-soak-<time>/ (the hubs' data
# directories and logs go there too), so a build during the run cannot change what runs.
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
[ -x "$java_bin" ] || java_bin=java

./mvnw -q -B -ntp -pl hub -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test

work="bench/target/crash-soak-$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$work"
cp hub/target/caunoi-hub.jar "$work/"
cp -r hub/target/test-classes "$work/test-classes"
cp -r hub/target/classes "$work/classes"
echo "Work directory: $work (hub logs: $work/vn/hub-process.log, $work/hk/hub-process.log)"
uptime
exec "$java_bin" -cp "$work/test-classes:$work/classes:$(cat hub/target/test.classpath)" org.caunoi.hub.exchange.CrashSoak \
  --jar "$work/caunoi-hub.jar" --work-dir "$work" "$@"
