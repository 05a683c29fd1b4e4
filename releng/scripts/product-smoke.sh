#!/usr/bin/env bash
# Smoke test of the built product archive, as a user gets it:
#  1. unpacks chatroom-linux.gtk.x86_64.tar.gz into a temporary folder;
#  2. starts the desktop client under Xvfb and waits (bounded) for its "Chatroom" window, then saves a screenshot;
#  3. starts chatroom-server on a free port, checks that no SWT class is loaded, talks the original protocol to it,
#     kicks a member through the server's stdin (the host console), checks that the end of stdin does not stop it;
#  4. starts the desktop client with the auto-connect preference set to that room and waits for it to join;
#  5. joins with the console client; sends SIGTERM to the server and checks it stops cleanly.
# Exits non-zero on the first failure.
set -euo pipefail
lib=$(cd "$(dirname "$0")" && pwd)/lib
. "$lib/server-port.sh"
root=$(cd "$(dirname "$0")/../.." && pwd)
archive=$root/releng/org.chatroom.product/target/products/chatroom-linux.gtk.x86_64.tar.gz
out=$root/releng/org.chatroom.product/target/smoke
[ -f "$archive" ] || { echo "FAIL: no product archive at $archive (build first)"; exit 1; }
rm -rf "$out" && mkdir -p "$out"
tar --warning=no-unknown-keyword -xzf "$archive" -C "$out"
product=$out/chatroom
export HOME=$out/home   # a fresh user: no workspace, no preferences
mkdir -p "$HOME"
pids=()
cleanup() { for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
fail() { echo "FAIL: $*"; for f in "$out"/*.log; do echo "--- $f"; tail -n 30 "$f"; done; exit 1; }

echo "== desktop window"
xvfb-run -a -s "-screen 0 1280x1024x24" bash -c '
    "$1/chatroom" -consoleLog >"$2/desktop.log" 2>&1 &
    app=$!
    for _ in $(seq 1 120); do
        if xdotool search --onlyvisible --name "^Chatroom" >/dev/null 2>&1; then
            sleep 2
            import -window root "$2/desktop.png"
            kill "$app"; wait "$app" 2>/dev/null || true
            exit 0
        fi
        kill -0 "$app" 2>/dev/null || { echo "the product exited before showing its window"; exit 1; }
        sleep 0.5
    done
    echo "no Chatroom window within 60 s"; kill -9 "$app"; exit 1
' _ "$product" "$out" || fail "desktop product did not show its window"
[ -s "$out/desktop.png" ] || fail "no screenshot"
echo "ok: window shown, screenshot $out/desktop.png"

echo "== headless server"
mkfifo "$out/server.in"
"$product/chatroom-server" --port 0 --bind 127.0.0.1 <"$out/server.in" >"$out/server.log" 2>&1 &
server=$!
pids+=("$server")
exec 3>"$out/server.in"   # the host console's input; closed below to check that its end keeps the room
port=$(server_port "$out/server.log" "$server") || fail "chatroom-server exited or reported no port within 60 s"
echo "ok: listening on port $port"
java_pid=$(pgrep -f "org.chatroom.server.application" | head -n 1)
if jcmd "$java_pid" GC.class_histogram 2>/dev/null | grep -q 'org\.eclipse\.swt\.'; then
    fail "SWT classes are loaded in the headless server"
fi
echo "ok: no SWT class loaded"
python3 "$lib/seed_client.py" "$port" smoke hello || fail "original-protocol exchange with chatroom-server"
echo "ok: original protocol exchange"
python3 - "$port" "$out/server.in" "$lib" <<'PY' || fail "kick through the host console of chatroom-server"
import sys
sys.path.insert(0, sys.argv[3])
from seed_client import PROMPT, connect, expect as expect_on
s = connect(sys.argv[1])
def expect(text):
    expect_on(s, text)
expect(PROMPT)
s.sendall(b"victim")
expect("Welcome to the chat victim. Write {quit} to leave.")
with open(sys.argv[2], "w") as console:
    console.write("kick victim smoke test\n")
expect("You were removed by the host: smoke test")
assert s.recv(4096) == b"", "the connection closes after the removal"
s.close()
PY
grep -q "Removed victim." "$out/server.log" || fail "the host console did not answer the kick"
exec 3>&-
sleep 2
kill -0 "$server" 2>/dev/null || fail "chatroom-server stopped at the end of its stdin"
echo "ok: kick through the host console; the end of stdin keeps the room"

echo "== desktop connects at start (the auto-connect preference)"
ws=$out/workspace-auto
settings=$ws/.metadata/.plugins/org.eclipse.core.runtime/.settings
mkdir -p "$settings"
printf 'eclipse.preferences.version=1\nhost=127.0.0.1\nport=%s\nnickname=autodesk\nautoConnect=true\n' "$port" \
    >"$settings/org.chatroom.ui.prefs"
python3 - "$port" "$lib" "$product" "$ws" "$out" <<'PY' || fail "the desktop did not connect at start"
import os, subprocess, sys
port, lib, product, workspace, out = sys.argv[1:6]
sys.path.insert(0, lib)
from seed_client import PROMPT, connect, expect
s = connect(port, timeout=90)   # bounds the wait for the desktop's join below
expect(s, PROMPT)
s.sendall(b"watcher")
expect(s, "Welcome to the chat watcher. Write {quit} to leave.")
with open(os.path.join(out, "desktop-auto.log"), "w") as log:
    app = subprocess.Popen(["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", os.path.join(product, "chatroom"),
                            "-consoleLog"], env=dict(os.environ, CHATROOM_DATA=workspace),
                           stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        expect(s, "autodesk joined the chat")
    finally:
        os.killpg(app.pid, 9)
        app.wait()
s.sendall(b"{quit}")
s.close()
PY
echo "ok: the desktop joined the room in its preferences at start, nobody clicking"
# the console reads stdin: the lines go in once it has joined, its input ends once they came back (bounded)
mkfifo "$out/console.in"
timeout 90 "$product/chatroom" --console --host 127.0.0.1 --port "$port" --name ada \
    <"$out/console.in" >"$out/console.log" 2>&1 &
console=$!
pids+=("$console")
exec 3>"$out/console.in"
wait_log() { for _ in $(seq 1 120); do grep -q "$1" "$out/console.log" && return 0; sleep 0.5; done; return 1; }
wait_log "Joined the room" || fail "the console client did not join within 60 s"
printf 'hello from the console\n/me waves\n' >&3
wait_log "\* ada waves" || true
exec 3>&-
wait "$console" || fail "chatroom --console exited with an error"
grep -q "<ada> hello from the console" "$out/console.log" || fail "the console client did not see its message relayed"
grep -q "\* ada waves" "$out/console.log" || fail "the console client's /me was not relayed"
echo "ok: console client joined, sent, and saw the room"
kill -TERM "$server"
for _ in $(seq 1 40); do kill -0 "$server" 2>/dev/null || break; sleep 0.25; done
kill -0 "$server" 2>/dev/null && fail "chatroom-server still running 10 s after SIGTERM"
code=0; wait "$server" || code=$?
grep -q "Chatroom room stopped." "$out/server.log" || fail "chatroom-server did not report a clean stop"
echo "ok: stopped on SIGTERM (exit code $code)"
[ "$code" -eq 0 ] || [ "$code" -eq 143 ] || fail "exit code $code after SIGTERM"
echo "product smoke test: 6 passed, 0 failed"
