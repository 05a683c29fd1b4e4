#!/usr/bin/env bash
# Room log benchmark (a benchmark that prints figures, not a test): the SQLite backend of bundles/org.chatroom.log.sqlite
# run as plain Java: group-commit throughput and append-to-commit latency (unpaced and paced), then with N stored
# messages (default 1,000,000): open time, catch-up of 10,000 events, full-text search, disk bytes; and the disk use of
# a room whose retention keeps 10,000 events while 100,000 are written. Each figure has the load average beside it.
# Then, when the product is built, the headless server's start on a data folder holding that history (N stored):
# launcher to its "listening" line, three runs.
#
#   releng/scripts/log-benchmark.sh [--stored N] [--h2] [--dir DIR]
#
# --h2 also runs the same measurements on H2's MVStore (releng/scripts/lib/H2LogBench.java; fetches
# com.h2database:h2 once through Maven), the engine the SQLite backend was chosen over (README "Room history: storage").
# DIR (default: a fresh folder under $TMPDIR) must be on the disk to measure: fsync costs are the point.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
stored=1000000
h2=0
dir=""
while [ $# -gt 0 ]; do
    case "$1" in
        --stored) stored=$2; shift ;;
        --h2) h2=1 ;;
        --dir) dir=$2; shift ;;
        *) echo "usage: $0 [--stored N] [--h2] [--dir DIR]" >&2; exit 2 ;;
    esac
    shift
done
repo=${MAVEN_REPO:-$HOME/.m2/repository}
sqlite_version=$(sed -n 's|.*<artifactId>sqlite-jdbc</artifactId><version>\([^<]*\)</version>.*|\1|p' \
    "$root/target-platform/chatroom.target")
sqlite_jar=$repo/org/xerial/sqlite-jdbc/$sqlite_version/sqlite-jdbc-$sqlite_version.jar
tests=$root/bundles/org.chatroom.log.sqlite.tests/target/classes
if [ ! -d "$tests/org/chatroom/log/sqlite/tests/bench" ] || [ ! -f "$sqlite_jar" ]; then
    (cd "$root" && ./mvnw -o -B -q verify -DskipTests -pl bundles/org.chatroom.log.sqlite.tests -am)
fi
api=$(ls "$root"/bundles/org.chatroom.api/target/org.chatroom.api-*.jar | head -n 1)
log=$(ls "$root"/bundles/org.chatroom.log.sqlite/target/org.chatroom.log.sqlite-*.jar | head -n 1)
work=${dir:-$(mktemp -d "${TMPDIR:-/tmp}/chatroom-logbench.XXXXXX")}
echo "== SQLite (sqlite-jdbc $sqlite_version), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx2g -cp "$api:$log:$sqlite_jar:$tests" org.chatroom.log.sqlite.tests.bench.LogBenchmark \
    "$work/sqlite" "$stored"
if [ "$h2" = 1 ]; then
    h2_version=2.5.252
    h2_jar=$repo/com/h2database/h2/$h2_version/h2-$h2_version.jar
    if [ ! -f "$h2_jar" ]; then
        (cd "$root" && ./mvnw -B -q dependency:get -Dartifact=com.h2database:h2:$h2_version)
    fi
    echo "== H2 MVStore $h2_version, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    java -Xmx2g -cp "$h2_jar" "$root/releng/scripts/lib/H2LogBench.java" "$work/h2" "$stored"
fi
server=$root/releng/org.chatroom.product/target/products/org.chatroom.product/linux/gtk/x86_64/chatroom/chatroom-server
if [ -x "$server" ]; then
    data=$work/server
    mkdir -p "$data/.metadata/.plugins/org.chatroom.log.sqlite"
    cp "$work/sqlite/roomlog.db" "$data/.metadata/.plugins/org.chatroom.log.sqlite/"
    for run in 1 2 3; do
        start=$(date +%s%N)
        CHATROOM_SERVER_DATA=$data "$server" --port 0 --bind 127.0.0.1 </dev/null >"$work/server-$run.log" 2>&1 &
        pid=$!
        listening=""
        for _ in $(seq 1 1200); do
            grep -q "Chatroom room listening" "$work/server-$run.log" && { listening=$(date +%s%N); break; }
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.05
        done
        kill -TERM "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        if [ -n "$listening" ]; then
            echo "server start with $stored stored events, run $run: $(( (listening - start) / 1000000 )) ms to" \
                "listening [load $(cut -d' ' -f1 /proc/loadavg)]"
        else
            echo "server start with $stored stored events, run $run: did not listen within 60 s:" >&2
            tail -n 5 "$work/server-$run.log" >&2
        fi
    done
fi
[ -n "$dir" ] || rm -rf "$work"
