#!/usr/bin/env bash
# Measures the desktop's cold start (launcher script to a visible "Chatroom" window, fresh workspace each run): wall
# time, the JVM's CPU time at that moment (less skewed than wall time when other work shares the machine), and its
# resident memory a few seconds later (anonymous and file-backed); then the headless server's resident memory.
# Prints the load average beside each run. Not a test: nothing fails on a slow figure (issue 11, "Performance").
#   releng/scripts/desktop-startup.sh [RUNS]      (default 3)
# CHATROOM_DESKTOP_VM / CHATROOM_VM_ARGS pass on to the launcher (e.g. CHATROOM_DESKTOP_VM= for the JVM's defaults).
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
# one start under an Xvfb of its own; exits 2 when the desktop ended before showing a window (e.g. no display:
# xvfb-run -a can race another xvfb-run for a display number on a shared machine), and that run is tried again once
start_once() {
    xvfb-run -a -s "-screen 0 1280x1024x24" bash -c '
        start=$(date +%s%N)
        CHATROOM_DATA="$2/ws-$3" "$1/chatroom" >"$2/desktop-$3.log" 2>&1 &
        app=$!
        while [ $(( $(date +%s%N) - start )) -lt 180000000000 ]; do
            if xdotool search --onlyvisible --name "^Chatroom" >/dev/null 2>&1; then
                shown=$(( ($(date +%s%N) - start) / 1000000 ))
                cpu=$(awk -v hz="$(getconf CLK_TCK)" "{ printf \"%d\", (\$14 + \$15) * 1000 / hz }" /proc/$app/stat)
                load=$(cut -d" " -f1 /proc/loadavg)
                sleep 5
                mem=$(awk "/VmRSS|RssAnon|RssFile/ { v[\$1] = int(\$2 / 1024) } END { printf \"%d MB (anonymous %d, files %d)\", v[\"VmRSS:\"], v[\"RssAnon:\"], v[\"RssFile:\"] }" /proc/$app/status)
                echo "run $3: window after $shown ms, JVM CPU $cpu ms (load $load); resident $mem 5 s later"
                kill $app; wait $app 2>/dev/null; exit 0
            fi
            if ! kill -0 $app 2>/dev/null; then
                echo "run $3: the desktop ended before its window: $(grep -m 1 -h -o "SWTError.*\\|Exception.*" \
                    "$2/ws-$3/.metadata/.log" "$2/desktop-$3.log" 2>/dev/null)"
                exit 2
            fi
            sleep 0.025
        done
        echo "run $3: no window within 180 s"; kill -9 $app; exit 1' _ "$product" "$out" "$1"
}
for run in $(seq 1 "$runs"); do
    status=0
    start_once "$run" || status=$?
    if [ "$status" = 2 ]; then
        rm -rf "$out/ws-$run"
        start_once "$run"
    elif [ "$status" != 0 ]; then
        exit "$status"
    fi
done
CHATROOM_SERVER_DATA=$out/server "$product/chatroom-server" --port 0 --bind 127.0.0.1 </dev/null >"$out/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do grep -q "listening on" "$out/server.log" && break; sleep 0.5; done
sleep 5
echo "headless server: resident $(rss_mb "$server") MB 5 s after it listens (load $(cut -d' ' -f1 /proc/loadavg))"
kill "$server"; wait "$server" 2>/dev/null || true
