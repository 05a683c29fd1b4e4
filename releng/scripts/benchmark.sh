#!/usr/bin/env bash
# Side-by-side benchmark: the original Python server (the reconstruction in bundles/org.chatroom.testing/python)
# and our headless server (chatroom-server from the built product), plain and over TLS, under the same load-tool
# scenarios, each scenario against a fresh server process, everything on loopback. Prints one table at the end,
# with the server's CPU time per delivery (from /proc/PID/stat before and after the run).
# The clients are spread over 200 loopback source addresses (--sources 200): our transport limits connections per
# address (64 by default, and 16 unfinished TLS handshakes), as a room on the internet sees many hosts, not one.
#
#   releng/scripts/benchmark.sh [--quick] [--no-warmup] [--only original|ours|ours-tls]
#
# --quick runs 3 s per scenario instead of 10 s. Before each measured run against our server, an unmeasured 3 s run
# (100 clients x 10 senders) lets the JVM compile the hot paths; --no-warmup skips it. Environment:
#   CHATROOM_SERVER       our server launcher (default: the product built under releng/org.chatroom.product/target)
#   CHATROOM_SERVER_ARGS  extra arguments for it; default: --set rate.per.second=0, which lifts the per-member flood
#                         limit (20 messages/s), since each load-tool sender is far above it by design
#   LOADTEST_JAVA_OPTS    JVM options for the load tool (default -Xms512m -Xmx1g)
# Needs python3 and Java 17; builds the load tool (offline) if its jar is missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
duration=10
warmup=3
only=""
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) duration=3 ;;
        --no-warmup) warmup=0 ;;
        --only) only=$2; shift ;;
        *) echo "usage: $0 [--quick] [--no-warmup] [--only original|ours|ours-tls]" >&2; exit 2 ;;
    esac
    shift
done

jar=$(ls "$root"/releng/org.chatroom.loadtest/target/org.chatroom.loadtest-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
    (cd "$root" && ./mvnw -o -B -q package -DskipTests -pl releng/org.chatroom.loadtest)
    jar=$(ls "$root"/releng/org.chatroom.loadtest/target/org.chatroom.loadtest-*.jar | head -n 1)
fi
original=$root/bundles/org.chatroom.testing/python/original_server.py
ours=${CHATROOM_SERVER:-$root/releng/org.chatroom.product/target/products/org.chatroom.product/linux/gtk/x86_64/chatroom/chatroom-server}
work=$(mktemp -d "${TMPDIR:-/tmp}/chatroom-bench.XXXXXX")
results=$work/results.txt
: >"$results"

server_pid=""
stop_server() {
    if [ -n "$server_pid" ]; then
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
        server_pid=""
    fi
}
trap 'stop_server; rm -rf "$work"' EXIT

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# start_server original|ours|ours-tls LOG: starts a fresh server on a free loopback port, sets $port (bounded
# wait); for ours-tls, $port is its TLS port
start_server() {
    local which=$1 log=$2 tls=()
    port=""
    [ "$which" = ours-tls ] && tls=(--set "tls.port=$(free_port)")
    if [ "$which" = original ]; then
        python3 "$original" 0 127.0.0.1 >"$log" 2>&1 &
    else
        CHATROOM_SERVER_DATA=$work/data-$RANDOM \
            "$ours" --port 0 --bind 127.0.0.1 "${tls[@]}" ${CHATROOM_SERVER_ARGS---set rate.per.second=0} \
            >"$log" 2>&1 &
    fi
    server_pid=$!
    for _ in $(seq 1 600); do
        if [ "$which" = original ]; then
            port=$(sed -n 's/^LISTENING \([0-9][0-9]*\).*/\1/p' "$log" | head -n 1)
        elif [ "$which" = ours-tls ]; then
            port=$(sed -n 's/.*listening with TLS on [^:]*:\([0-9][0-9]*\).*/\1/p' "$log" | head -n 1)
        else
            port=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9][0-9]*\).*/\1/p' "$log" | head -n 1)
        fi
        [ -n "$port" ] && return 0
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "the $which server did not start; its output:" >&2
    tail -n 20 "$log" >&2
    stop_server
    return 1
}

# cpu_ticks PID: user + system CPU time of a process so far, in clock ticks
cpu_ticks() {
    awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0
}

# scenario NAME LOADTOOL-ARGS...: runs the load tool once against each server of $servers
servers="original ours"
scenario() {
    local name=$1; shift
    echo "SCENARIO $name $* --sources 200 (--tls against ours-tls)" >>"$results"
    for which in $servers; do
        [ -n "$only" ] && [ "$only" != "$which" ] && continue
        local tls=""
        [ "$which" = ours-tls ] && tls=--tls
        if [ "$which" != original ] && [ ! -x "$ours" ]; then
            echo "RESULT server=ours scenario=$name missing=1" >>"$results"
            continue
        fi
        echo "== $name against the $which server" >&2
        if ! start_server "$which" "$work/$which-$name.log"; then
            echo "RESULT server=$which scenario=$name missing=1" >>"$results"
            continue
        fi
        if [ "$which" != original ] && [ "$warmup" != 0 ]; then
            # a fresh JVM interprets before it compiles: one unmeasured run first (CPython has no JIT, and the
            # original server is left broken by clients that leave, so it gets none)
            timeout 60 java ${LOADTEST_JAVA_OPTS:--Xms512m -Xmx1g} -jar "$jar" --port "$port" --label warmup \
                --clients 100 --senders 10 --duration "$warmup" --sources 200 $tls >/dev/null 2>&1 || true
        fi
        local cpu_before cpu_after
        cpu_before=$(cpu_ticks "$server_pid")
        # bounded: join timeout + duration + drain + slack
        if out=$(timeout 120 java ${LOADTEST_JAVA_OPTS:--Xms512m -Xmx1g} -jar "$jar" --port "$port" \
                --label "$which-$name" --sources 200 $tls "$@" 2>&1); then
            cpu_after=$(cpu_ticks "$server_pid")
            echo "$out" | grep -v '^RESULT' >&2
            echo "$out" | sed -n "s/^RESULT /RESULT server=$which scenario=$name server_cpu_s=$(
                awk -v t=$((cpu_after - cpu_before)) -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }') /p" \
                >>"$results"
        else
            echo "$out" >&2
            echo "RESULT server=$which scenario=$name missing=1" >>"$results"
        fi
        stop_server
    done
}

if [ "${CHATROOM_SERVER_ARGS-unset}" = "" ] && [ "$only" != original ]; then
    echo "note: our server runs with its default per-member rate limit (20 messages/s); senders above it lose" \
         "messages by design. Set CHATROOM_SERVER_ARGS to lift it for the benchmark." >&2
fi

# Joins in the throughput scenarios are paced (one at a time, each once the previous member has seen the join
# notice): the original server crashes a join's broadcast when another join changes its member dict, which would
# lose members before the measurement starts. The join scenario connects all clients at once.
paced="--confirm-joins"
scenario "100x10" --clients 100 --senders 10 --duration "$duration" --window 16 $paced
scenario "500x10" --clients 500 --senders 10 --duration "$duration" --window 16 $paced
scenario "500x10@2400" --clients 500 --senders 10 --duration "$duration" --rate 2400 --window 64 $paced
scenario "500x10@8000" --clients 500 --senders 10 --duration "$duration" --rate 8000 --window 64 $paced
scenario "2000joins" --clients 2000 --senders 0 --join-timeout 20
# TLS beside plain (the original server has no TLS): the paced target load, the unpaced ceiling, concurrent joins
servers="ours ours-tls"
scenario "tls-500x10@2400" --clients 500 --senders 10 --duration "$duration" --rate 2400 --window 64 $paced
scenario "tls-500x10" --clients 500 --senders 10 --duration "$duration" --window 16 $paced
scenario "tls-2000joins" --clients 2000 --senders 0 --join-timeout 20

python3 - "$results" <<'PY'
import sys
rows = {}
order = []
described = []
for line in open(sys.argv[1]):
    if line.startswith("SCENARIO "):
        described.append(line[len("SCENARIO "):].strip())
        continue
    fields = dict(f.split("=", 1) for f in line.split()[1:])
    key = fields["scenario"]
    if key not in order:
        order.append(key)
    rows.setdefault(key, {})[fields["server"]] = fields

def fmt(f, metric):
    if f is None or f.get("missing"):
        return "n/a"
    if metric == "join":
        j = f["join_ms"]
        joined = "%s/%s" % (f["joined"], f["clients"])
        return (joined + " in %.2f s" % (float(j) / 1000)) if j != "timeout" else joined + " (timeout)"
    if f["senders"] == "0" and metric != "cpu":
        return "-"
    if metric == "rate":
        return "{:,.0f}".format(float(f["deliveries_per_s"]))
    if metric == "lat":
        return "%s / %s" % (f["p50_ms"], f["p99_ms"])
    if metric == "cpu":
        return "%s / %s" % (f.get("server_cpu_s", "?"), f.get("tool_cpu_s", "?"))
    if metric == "cpu1":
        if f["senders"] == "0":
            return "%.0f us per join" % (float(f.get("server_cpu_s", 0)) * 1e6 / max(1, int(f["joined"])))
        return "%.2f us" % (float(f.get("server_cpu_s", 0)) * 1e6 / max(1, int(f["delivered"])))
    if metric == "loss":
        return "%s (%.3f %%)" % (f["lost"], float(f["loss_pct"])) + (", %s corrupt" % f["corrupt"] if f["corrupt"] != "0" else "")
    return "?"

metrics = [("joined", "join"), ("deliveries/s", "rate"), ("latency p50 / p99 ms", "lat"), ("lost", "loss"),
           ("CPU s server / tool", "cpu"), ("server CPU per delivery", "cpu1")]
columns = [("original", "original (Python)"), ("ours", "ours (chatroom-server)"), ("ours-tls", "ours over TLS")]
head = ("scenario", "metric") + tuple(title for _, title in columns)
table = []
for s in order:
    for label, m in metrics:
        cells = tuple(fmt(rows[s].get(server), m) if server in rows[s] else "" for server, _ in columns)
        if all(c in ("-", "n/a", "") for c in cells):
            continue
        table.append((s, label) + cells)
widths = [max(len(r[i]) for r in table + [head]) for i in range(len(head))]
line = lambda r: "| " + " | ".join(r[i].ljust(widths[i]) for i in range(len(head))) + " |"
print(line(head))
print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
for r in table:
    print(line(r))
print()
print("load-tool arguments per scenario (each against a fresh server, ours after a 3 s unmeasured warm-up run;")
print("lost = not delivered intact by the end of the drain):")
for d in described:
    print("  " + d)
PY
