#!/usr/bin/env bash
# Cluster benchmark (issue 10; figures, not a test): the same load-tool scenarios against
#   embedded-1  one chatroom-server with its default room log (the embedded SQLite log),
#   redis-1     one node on Redis (--redis FILE: the Redis Streams room log and cluster presence),
#   redis-3     three nodes on one Redis, the clients (senders too) spread round-robin over them (--shared),
# each scenario against a fresh redis-server (releng/scripts/redis.sh: loopback, AOF, appendfsync always unless
# --fsync everysec, a random password in a 0600 file) and fresh nodes of the built product, on free loopback ports,
# every node with --set rate.per.second=0 (each load-tool sender is far above the per-member flood limit on purpose).
# The load tool reads the CPU time of every node (summed) from the first send to the end of the drain, and reports
# deliveries/s (all receivers together), latency p50/p99 and, with several nodes, the latency of cross-node deliveries
# (receiver on another node than the sender). Prints one table, then the issue's targets against the figures.
#
#   releng/scripts/cluster-benchmark.sh [--quick] [--no-warmup] [--only SETUP] [--scenario GLOB] [--fsync POLICY]
#
# --quick sends for 3 s instead of 10 s. Before each measured run an unmeasured 3 s run (100 clients x 10 senders,
# over the same nodes) lets the JVMs compile the hot paths; --no-warmup skips it. Environment:
#   CHATROOM_SERVER       the server launcher (default: the product built under releng/org.chatroom.product/target)
#   LOADTEST_JAVA_OPTS    JVM options for the load tool (default -Xms512m -Xmx1g)
# Needs redis-server (releng/scripts/setup-debian.sh), python3 and Java 17; builds the load tool (offline) if missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
scripts=$root/releng/scripts
lib=$scripts/lib
# shellcheck source=lib/common.sh
. "$lib/common.sh"
# shellcheck source=lib/loadtool.sh
. "$lib/loadtool.sh"
bench_options "$@"
fsync=always
set -- "${bench_rest[@]}"
while [ $# -gt 0 ]; do
    case "$1" in
        --fsync) fsync=$2; shift ;;
        *) sed -n '13p' "$0" >&2; exit 2 ;;
    esac
    shift
done

command -v redis-server >/dev/null || { echo "no redis-server (releng/scripts/setup-debian.sh installs it)" >&2; exit 1; }
server=${CHATROOM_SERVER:-$root/releng/org.chatroom.product/target/products/org.chatroom.product/linux/gtk/x86_64/chatroom/chatroom-server}
[ -x "$server" ] || { echo "no server at $server (build the product: ./mvnw -B verify -DskipTests)" >&2; exit 1; }
jar=$(loadtool_jar "$root")
out=$(mktemp -d "${TMPDIR:-/tmp}/chatroom-cluster-bench.XXXXXX")
results=$out/results.txt
: >"$results"
node_pids=()
redis_dir=""

# stop_all: every node (SIGTERM, bounded, then SIGKILL) and Redis; also run on exit
stop_all() {
    local pid
    for pid in "${node_pids[@]}"; do
        stop_process "$pid" 20 || kill -9 "$pid" 2>/dev/null || true
    done
    node_pids=()
    if [ -n "$redis_dir" ]; then
        "$scripts/redis.sh" stop "$redis_dir" || "$scripts/redis.sh" kill "$redis_dir" || true
        redis_dir=""
    fi
}
on_exit stop_all
on_exit 'rm -rf "$out"'

# start_redis DIR: a fresh redis-server with a password; writes DIR/redis.properties for the nodes' --redis
start_redis() {
    local dir=$1 port
    mkdir -p "$dir"
    (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=\n' >"$dir/password")
    redis_dir=$dir/redis
    port=$("$scripts/redis.sh" start "$redis_dir" --password-file "$dir/password" --fsync "$fsync" | tail -n 1)
    printf 'address=127.0.0.1:%s\npassword.file=%s\nkey.prefix=bench:\n' "$port" "$dir/password" \
        >"$dir/redis.properties"
}

# start_nodes DIR COUNT [--redis FILE]: COUNT fresh nodes on free ports; sets $ports (comma-separated) and $pids
start_nodes() {
    local dir=$1 count=$2 i port
    shift 2
    ports="" pids=""
    for i in $(seq 1 "$count"); do
        CHATROOM_SERVER_DATA=$dir/node$i "$server" --port 0 --bind 127.0.0.1 --set rate.per.second=0 "$@" \
            </dev/null >"$dir/node$i.log" 2>&1 &
        node_pids+=("$!")
        track "$!"
        pids+="${pids:+,}$!"
    done
    for i in $(seq 1 "$count"); do
        port=$(server_port "$dir/node$i.log" "${node_pids[$((i - 1))]}") || {
            echo "node $i did not start; its log:" >&2; tail -n 20 "$dir/node$i.log" >&2; return 1; }
        ports+="${ports:+,}$port"
    done
}

# measure SETUP SCENARIO LOADTOOL-ARGS...: fresh Redis (for redis-*) and nodes, a warm-up, then one measured run
measure() {
    local setup=$1 name=$2 dir=$out/$1-$2 nodes=1 cluster=() shared=()
    shift 2
    mkdir -p "$dir"
    case $setup in
        redis-*) nodes=${setup#redis-}; start_redis "$dir"; cluster=(--redis "$dir/redis.properties") ;;
    esac
    [ "$nodes" -gt 1 ] && shared=(--shared)
    echo "== $name on $setup" >&2
    if ! start_nodes "$dir" "$nodes" "${cluster[@]}"; then
        echo "RESULT server=$setup scenario=$name missing=1" >>"$results"
        stop_all
        return 0
    fi
    if [ "$warmup" != 0 ]; then
        timeout 120 java ${LOADTEST_JAVA_OPTS:--Xms512m -Xmx1g} -jar "$jar" --port "$ports" "${shared[@]}" \
            --label warmup --clients 100 --senders 10 --duration "$warmup" --sources 200 --join-timeout 60 \
            >/dev/null 2>&1 || true
    fi
    loadtool_record "$jar" "$results" "$setup" "$name" --port "$ports" "${shared[@]}" --label "$setup-$name" \
        --sources 200 --server-pid "$pids" --join-timeout 120 --drain 30 "$@"
    stop_all
}

scenario() {
    local name=$1 setup
    shift
    # shellcheck disable=SC2053
    [[ $name == $pick ]] || return 0
    echo "SCENARIO $name $* --sources 200 --join-timeout 120 --drain 30" >>"$results"
    for setup in embedded-1 redis-1 redis-3; do
        [ -z "$only" ] || [ "$only" = "$setup" ] || continue
        measure "$setup" "$name" "$@"
    done
}

# joins one at a time (each once the previous member, on whichever node, saw the join notice), as in benchmark.sh
scenario "500x10@2400" --clients 500 --senders 10 --duration "$duration" --rate 2400 --window 64 --confirm-joins
scenario "500x10" --clients 500 --senders 10 --duration "$duration" --window 16 --confirm-joins

python3 "$lib/benchmark_table.py" "$results" \
    --columns "embedded-1=one node, SQLite log;redis-1=one node on Redis;redis-3=three nodes on Redis" \
    --footer "load-tool arguments per scenario (each against a fresh Redis and fresh nodes, after a ${warmup} s unmeasured
warm-up run; Redis appendfsync $fsync; deliveries/s = all receivers together; cross-node = receiver on another node
than the sender; CPU per delivery = all nodes' CPU from the first send to the end of the drain / deliveries; load
average = the 1-minute figure at the end of the run):"
python3 "$lib/cluster_targets.py" "$results"
