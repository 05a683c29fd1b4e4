#!/usr/bin/env bash
# Measures the desktop's cold start (launcher script to a visible "Chatroom" window, fresh workspace each run) and its
# resident memory a few seconds later, and the headless server's resident memory; prints the figures (issue 11,
# "Performance"). Not a test: nothing fails on a slow figure. Prints the load average, since other work skews it.
#   releng/scripts/desktop-startup.sh [RUNS]      (default 3)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
archive=$root/releng/org.chatroom.product/target/products/chatroom-linux.gtk.x86_64.tar.gz
out=$root/releng/org.chatroom.product/target/startup
runs=${1:-3}
[ -f "$archive" ] || { echo "no product archive at $archive (build first)"; exit 1; }
rm -rf "$out" && mkdir -p "$out"
tar --warning=no-unknown-keyword -xzf "$archive" -C "$out"
product=$out/chatroom
export HOME=$out/home
mkdir -p "$HOME"
rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$runs"); do
    xvfb-run -a -s "-screen 0 1280x1024x24" bash -c '
        start=$(date +%s%N)
        CHATROOM_DATA="$2/ws-$3" "$1/chatroom" >"$2/desktop-$3.log" 2>&1 &
        app=$!
        for _ in $(seq 1 1200); do
            if xdotool search --onlyvisible --name "^Chatroom" >/dev/null 2>&1; then
                shown=$(( ($(date +%s%N) - start) / 1000000 ))
                sleep 5
                rss=$(awk "/VmRSS/ { printf \"%d\", \$2 / 1024 }" /proc/$app/status)
                echo "run $3: window after $shown ms; resident $rss MB 5 s later"
                kill $app; wait $app 2>/dev/null; exit 0
            fi
            sleep 0.05
        done
        echo "run $3: no window within 60 s"; kill -9 $app; exit 1' _ "$product" "$out" "$run"
done
CHATROOM_SERVER_DATA=$out/server "$product/chatroom-server" --port 0 --bind 127.0.0.1 </dev/null >"$out/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do grep -q "listening on" "$out/server.log" && break; sleep 0.5; done
sleep 5
echo "headless server: resident $(rss_mb "$server") MB 5 s after it listens"
kill "$server"; wait "$server" 2>/dev/null || true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
