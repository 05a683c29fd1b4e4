#!/usr/bin/env bash
# Runs a chat cluster on this machine for a user to try: a real redis-server (releng/scripts/redis.sh: loopback, AOF
# with appendfsync always, a random password in a 0600 file) and three chatroom-server nodes of the built product
# sharing their rooms through it (--redis FILE; README "Running several servers").
#
#   cluster.sh start DIR [--nodes N] [--port P] [--product FOLDER]
#       Starts Redis and N nodes (default 3) on 127.0.0.1, ports P, P+1, ... (default 53000). Each node keeps its
#       state in DIR/nodeI and logs to DIR/nodeI.log. Prints the server list for the clients, e.g.
#       ./chatroom --console --host 127.0.0.1:53000,127.0.0.1:53001,127.0.0.1:53002 --name ada --protocol rooms
#       --product: an unpacked product (default: the archive the build left, unpacked into DIR/product).
#   cluster.sh stop DIR     SIGTERM to every node (members are told), then Redis.
#   cluster.sh kill DIR I   SIGKILL node I, as a crash: its members move to the next server of their list.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
scripts=$root/releng/scripts
usage() { sed -n '2,14p' "$0" >&2; exit 2; }
[ $# -ge 2 ] || usage
cmd=$1 dir=$2
shift 2

start() {
    local nodes=3 port=53000 product=""
    while [ $# -gt 0 ]; do
        case $1 in
            --nodes) nodes=$2; shift 2 ;;
            --port) port=$2; shift 2 ;;
            --product) product=$2; shift 2 ;;
            *) usage ;;
        esac
    done
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ -z "$product" ]; then
        local archive=$root/releng/org.chatroom.product/target/products/chatroom-linux.gtk.x86_64.tar.gz
        [ -f "$archive" ] || { echo "cluster.sh: no product at $archive (build it: ./mvnw -B verify -DskipTests)" >&2; exit 1; }
        [ -x "$dir/product/chatroom/chatroom-server" ] || { mkdir -p "$dir/product"; tar -xzf "$archive" -C "$dir/product"; }
        product=$dir/product/chatroom
    fi
    (umask 077; [ -s "$dir/redis-password" ] || head -c 24 /dev/urandom | base64 | tr -d '/+=\n' >"$dir/redis-password")
    local redis_port
    redis_port=$("$scripts/redis.sh" start "$dir/redis" --password-file "$dir/redis-password" | tail -n 1)
    # the Redis room log's settings (PID org.chatroom.log.redis); the password stays in its own file
    cat >"$dir/redis.properties" <<PROPS
address=127.0.0.1:$redis_port
password.file=$dir/redis-password
key.prefix=chatroom:
PROPS
    local i servers=""
    for i in $(seq 1 "$nodes"); do
        local node_port=$((port + i - 1))
        CHATROOM_SERVER_DATA=$dir/node$i setsid "$product/chatroom-server" --port "$node_port" --bind 127.0.0.1 \
            --redis "$dir/redis.properties" </dev/null >"$dir/node$i.log" 2>&1 &
        echo $! >"$dir/node$i.pid"
        servers+="${servers:+,}127.0.0.1:$node_port"
    done
    for i in $(seq 1 "$nodes"); do
        local deadline=$(( $(date +%s) + 120 ))
        until grep -q "listening on" "$dir/node$i.log" 2>/dev/null; do
            if ! kill -0 "$(cat "$dir/node$i.pid")" 2>/dev/null || [ "$(date +%s)" -ge "$deadline" ]; then
                echo "cluster.sh: node $i did not start; its log:" >&2; tail -n 20 "$dir/node$i.log" >&2; exit 1
            fi
            sleep 0.25
        done
    done
    echo "$servers" >"$dir/servers"
    echo "Redis on 127.0.0.1:$redis_port; $nodes nodes: $servers"
    echo "Join with: $product/chatroom --console --host $servers --name NAME --protocol rooms --reconnect"
    echo "(desktop: Chat > Preferences > Chatroom > Host: $servers)"
}

stop() {
    local pidfile
    for pidfile in "$dir"/node*.pid; do
        [ -f "$pidfile" ] || continue
        local pid; pid=$(cat "$pidfile")
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 80); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
        rm -f "$pidfile"
    done
    [ -d "$dir/redis" ] && "$scripts/redis.sh" stop "$dir/redis"
}

case $cmd in
    start) start "$@" ;;
    stop) stop ;;
    kill) [ $# -eq 1 ] || usage; kill -9 "$(cat "$dir/node$1.pid")"; rm -f "$dir/node$1.pid" ;;
    *) usage ;;
esac
