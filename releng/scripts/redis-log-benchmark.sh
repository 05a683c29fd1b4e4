#!/usr/bin/env bash
# Benchmark of the Redis room log (org.chatroom.log.redis): two nodes on a real redis-server started by redis.sh,
# SENDERS threads appending to one room from both nodes, once with appendfsync always and once with everysec.
# Prints appends/s, append call latency, commit latency across nodes and Redis memory per event. Not a test.
#   releng/scripts/redis-log-benchmark.sh [SENDERS [EVENTS_PER_SENDER]]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
releng/scripts/setup-debian.sh
senders=${1:-8} events=${2:-5000}
./mvnw -B -o verify -pl bundles/org.chatroom.log.redis.tests -am -Dtest=RedisLogBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false \
    "-Dtycho.testArgLine=-Dchatroom.benchmark.senders=$senders -Dchatroom.benchmark.events=$events" \
    | tee target-redis-benchmark.log | grep -E 'redis-log-benchmark|BUILD|ERROR' || true
rm -f target-redis-benchmark.log
