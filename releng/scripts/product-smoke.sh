#!/usr/bin/env bash
# Smoke test of the built product archive, as a user gets it:
#  1. unpacks chatroom-linux.gtk.x86_64.tar.gz into a temporary folder;
#  1b. makes the unpacked product read-only (as an install shared by several users) and checks at the end that no
#     program wrote into it (each keeps its configuration in its own data folder);
#  2. starts the desktop client under Xvfb and waits (bounded) for its "Chatroom" window, then saves a screenshot;
#     quits it from the menu and starts it again on the same workspace: the status line is still there;
#  3. starts chatroom-server on a free port, checks that no SWT class is loaded, talks the original protocol to it,
#     kicks a member through the server's stdin (the host console), checks that the end of stdin does not stop it;
#  4. starts the desktop client with the auto-connect preference set to that room and waits for it to join;
#  5. joins with the console client; sends SIGTERM to the server and checks it stops cleanly;
#  6. the server ran with --bind 127.0.0.1 --set rate.per.second=0; the desktop then hosts from the same product and
#     listens on all interfaces with the flood limit: nothing of the server's run reached it.
# Exits non-zero on the first failure.
set -euo pipefail
lib=$(cd "$(dirname "$0")" && pwd)/lib
. "$lib/server-port.sh"
root=$(cd "$(dirname "$0")/../.." && pwd)
archive=$root/releng/org.chatroom.product/target/products/chatroom-linux.gtk.x86_64.tar.gz
out=$root/releng/org.chatroom.product/target/smoke
[ -f "$archive" ] || { echo "FAIL: no product archive at $archive (build first)"; exit 1; }
[ -d "$out" ] && chmod -R u+w "$out"
rm -rf "$out" && mkdir -p "$out"
tar --warning=no-unknown-keyword -xzf "$archive" -C "$out"
product=$out/chatroom
chmod -R a-w "$product"   # a shared install: nobody's program may write here (root could; the listing checks)
listing() { find "$product" -printf '%P %s %T@\n' | sort; }
listing >"$out/install-before.txt"
export HOME=$out/home   # a fresh user: no workspace, no preferences
mkdir -p "$HOME"
pids=()
cleanup() { for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
fail() { echo "FAIL: $*"; for f in "$out"/*.log; do echo "--- $f"; tail -n 30 "$f"; done; exit 1; }

echo "== desktop window, and again on the same workspace"
# starts the desktop, saves a screenshot and the status line's strip (the bottom of the window, left part), then quits
# through the menu (Chat > Quit), so the workbench saves its state as a user's session does
desktop_session() {
    xvfb-run -a -s "-screen 0 1280x1024x24" bash -c '
        "$1/chatroom" -consoleLog >"$2/$3.log" 2>&1 &
        app=$!
        for _ in $(seq 1 120); do
            w=$(xdotool search --onlyvisible --name "^Chatroom" 2>/dev/null | head -n 1)
            if [ -n "$w" ]; then
                sleep 2
                import -window root "$2/$3.png"
                eval "$(xdotool getwindowgeometry --shell "$w")"
                convert "$2/$3.png" -crop "$((WIDTH * 6 / 10))x26+$X+$((Y + HEIGHT - 26))" "$2/$3-status.png"
                xdotool windowfocus --sync "$w" key --window "$w" alt+c && sleep 1 && xdotool key q
                for _ in $(seq 1 40); do kill -0 "$app" 2>/dev/null || exit 0; sleep 0.5; done
                echo "the desktop did not quit from its menu"; kill "$app"; exit 1
            fi
            kill -0 "$app" 2>/dev/null || { echo "the product exited before showing its window"; exit 1; }
            sleep 0.5
        done
        echo "no Chatroom window within 60 s"; kill -9 "$app"; exit 1
    ' _ "$product" "$out" "$1"
}
# the status line says "Disconnected": text in the strip, not one flat colour
has_status_line() { [ "$(convert "$out/$1-status.png" -format '%[fx:standard_deviation>0.01]' info:)" = 1 ]; }
desktop_session desktop || fail "desktop product did not show its window"
[ -s "$out/desktop.png" ] || fail "no screenshot"
has_status_line desktop || fail "no status line on the first start ($out/desktop-status.png)"
echo "ok: window shown with its status line, screenshot $out/desktop.png"
desktop_session desktop-again || fail "the desktop did not start again on the same workspace"
has_status_line desktop-again || fail "the status line is gone on the second start ($out/desktop-again-status.png)"
echo "ok: started again on the same workspace: the status line is there"

echo "== headless server"
mkfifo "$out/server.in"
"$product/chatroom-server" --port 0 --bind 127.0.0.1 --set rate.per.second=0 <"$out/server.in" >"$out/server.log" 2>&1 &
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
[ "$(python3 "$lib/room_probe.py" flood "$port" flooder)" = unlimited ] \
    || fail "chatroom-server --set rate.per.second=0 still limits the rate"
echo "ok: --set rate.per.second=0 applies to this run"
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

echo "== the desktop hosts after that server run: its own settings, not the server's"
hostport=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
ws=$out/workspace-host
settings=$ws/.metadata/.plugins/org.eclipse.core.runtime/.settings
mkdir -p "$settings"
printf 'eclipse.preferences.version=1\nhostingPort=%s\nnickname=hoster\n' "$hostport" >"$settings/org.chatroom.ui.prefs"
CHATROOM_DATA=$ws xvfb-run -a -s "-screen 0 1280x1024x24" "$product/chatroom" -consoleLog -hostRoom \
    >"$out/desktop-host.log" 2>&1 &
desktop=$!
pids+=("$desktop")
where=$(python3 "$lib/room_probe.py" listen "$hostport" 90) || fail "the desktop did not host on port $hostport"
[ "$where" = all ] || fail "the desktop's room listens on $where, not on all interfaces (the server's --bind leaked)"
echo "ok: the desktop's room listens on all interfaces"
[ "$(python3 "$lib/room_probe.py" flood "$hostport" flooder)" = limited ] \
    || fail "the desktop's room has no flood limit (the server's rate.per.second=0 leaked)"
echo "ok: the desktop's room has the flood limit"
pkill -TERM -P "$desktop" 2>/dev/null || true   # xvfb-run's children: Xvfb and the desktop's JVM
kill "$desktop" 2>/dev/null || true
wait "$desktop" 2>/dev/null || true

listing >"$out/install-after.txt"
diff "$out/install-before.txt" "$out/install-after.txt" >"$out/install-diff.txt" \
    || fail "programs wrote into the read-only install folder: $(head -n 5 "$out/install-diff.txt")"
echo "ok: nothing was written into the (read-only) install folder"
echo "product smoke test: 11 passed, 0 failed"
