#!/usr/bin/env bash
# Starts and stops a real redis-server (Debian package redis-server) on loopback for the Redis room log's tests,
# the benchmark and a user trying several servers. Each server lives in its own folder: its configuration, AOF,
# pid file and log.
#
#   redis.sh start DIR [--port N] [--password-file FILE] [--fsync always|everysec]
#       Starts a server in DIR (created if missing; an existing DIR keeps its data, so a restart on the same DIR and
#       --port is the same server with its AOF). Prints the port once the server answers PING (at most 10 s).
#       --port 0 or no --port: a free port. The password (first line of FILE) goes into DIR/redis.conf (mode 600),
#       never on a command line; redis-cli gets it through REDISCLI_AUTH.
#       --fsync: the AOF fsync policy, default always (an acknowledged write is on disk: what the room log's
#       "committed" means); everysec may lose the last second of acknowledged writes if the machine fails.
#   redis.sh stop DIR      SIGTERM (Redis fsyncs its AOF and exits), bounded wait.
#   redis.sh kill DIR      SIGKILL, as a crash: only what reached the AOF survives.
set -euo pipefail

usage() { sed -n '2,17p' "$0" >&2; exit 2; }
[ $# -ge 2 ] || usage
cmd=$1 dir=$2
shift 2

pid_of() { [ -f "$dir/redis.pid" ] && cat "$dir/redis.pid"; }

wait_gone() {
    local pid=$1
    for _ in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    echo "redis.sh: redis-server $pid did not exit" >&2
    return 1
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
    local port=0 password_file="" fsync=always
    while [ $# -gt 0 ]; do
        case $1 in
            --port) port=$2; shift 2 ;;
            --password-file) password_file=$2; shift 2 ;;
            --fsync) fsync=$2; shift 2 ;;
            *) usage ;;
        esac
    done
    case $fsync in always|everysec) ;; *) echo "redis.sh: --fsync always or everysec" >&2; exit 2 ;; esac
    command -v redis-server >/dev/null || { echo "redis.sh: redis-server missing (releng/scripts/setup-debian.sh installs it)" >&2; exit 1; }
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    local password=""
    if [ -n "$password_file" ]; then
        IFS= read -r password <"$password_file" || true
        [ -n "$password" ] || { echo "redis.sh: $password_file has no password on its first line" >&2; exit 1; }
        case $password in *'"'*|*'\'*) echo "redis.sh: the password may not contain \" or \\" >&2; exit 1 ;; esac
    fi
    local fixed=$port attempt
    for attempt in 1 2 3; do
        [ "$fixed" != 0 ] || port=$(free_port)
        (
            umask 077
            cat >"$dir/redis.conf" <<EOF
bind 127.0.0.1
protected-mode yes
port $port
dir $dir
daemonize yes
pidfile $dir/redis.pid
logfile $dir/redis.log
save ""
appendonly yes
appendfsync $fsync
EOF
            [ -z "$password" ] || printf 'requirepass "%s"\n' "$password" >>"$dir/redis.conf"
        )
        rm -f "$dir/redis.pid"
        redis-server "$dir/redis.conf" >/dev/null
        export REDISCLI_AUTH=$password
        for _ in $(seq 1 100); do
            if [ "$(redis-cli --no-auth-warning -h 127.0.0.1 -p "$port" ping 2>/dev/null)" = PONG ]; then
                echo "$port"
                return 0
            fi
            sleep 0.1
        done
        # not answering: the chosen port was taken meanwhile, or Redis failed (its log says why)
        local pid
        pid=$(pid_of || true)
        if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait_gone "$pid" || true; fi
        [ "$fixed" = 0 ] || break
    done
    echo "redis.sh: redis-server did not answer on 127.0.0.1:$port; $dir/redis.log:" >&2
    tail -n 20 "$dir/redis.log" >&2 || true
    exit 1
}

stop() {
    local signal=$1 pid
    pid=$(pid_of || true)
    [ -n "$pid" ] || return 0
    kill "-$signal" "$pid" 2>/dev/null || true
    wait_gone "$pid"
    rm -f "$dir/redis.pid"
}

case $cmd in
    start) start "$@" ;;
    stop) stop TERM ;;
    kill) stop KILL ;;
    *) usage ;;
esac
