#!/usr/bin/env bash
# Tests what package-linux.sh built, with no Java on the PATH:
#   releng/scripts/package-test.sh [app-image|deb]      (default: app-image)
# app-image: releng/org.chatroom.product/target/jpackage/Chatroom/; deb: the .deb beside it, unpacked with dpkg-deb -x
# (deb-install-test.sh installs it for real). The packaged chatroom-server answers the original protocol, also over
# TLS (certificate from the bundled keytool), and stops cleanly on SIGTERM; the packaged console client talks in it;
# the packaged desktop client shows its window under Xvfb. Needs Xvfb and xdotool (releng/scripts/setup-debian.sh).
set -euo pipefail
lib=$(cd "$(dirname "$0")" && pwd)/lib
. "$lib/common.sh"
root=$(cd "$(dirname "$0")/../.." && pwd)
type=${1:-app-image}
packages=$root/releng/org.chatroom.product/target/jpackage
out=$packages/test
rm -rf "$out" && mkdir -p "$out"
if [ "$type" = deb ]; then
    deb=$(ls "$packages"/chatroom_*.deb 2>/dev/null | head -n 1)
    [ -n "$deb" ] || fail "no .deb in $packages (releng/scripts/package-linux.sh deb)"
    dpkg-deb -x "$deb" "$out/unpacked"
    app=$out/unpacked/opt/chatroom
else
    app=$packages/Chatroom
fi
for f in chatroom-server Chatroom chatroom-console; do
    [ -x "$app/bin/$f" ] || fail "no bin/$f in the package ($app)"
done
nojava=(env PATH=/usr/bin:/bin JAVA_HOME=)   # exec, so that $! is the packaged launcher itself

echo "== the packaged chatroom-server, with its bundled runtime and no Java on the PATH"
tls_port=$(free_port)
"${nojava[@]}" "$app/bin/chatroom-server" -data "$out/server-data" --port 0 --bind 127.0.0.1 --set tls.port="$tls_port" \
    >"$out/server.log" 2>&1 &
server=$!
track "$server"
port=$(server_port "$out/server.log" "$server") || fail "the packaged chatroom-server exited or reported no port within 120 s"
python3 "$lib/seed_client.py" "$port" packaged hello || fail "original-protocol exchange with the packaged server"
ok "the packaged server answers the original protocol on port $port"
wait_log "$out/server.log" "listens with TLS on .*:$tls_port, certificate SHA-256 fingerprint" \
    || fail "the packaged server did not listen with TLS on port $tls_port"
python3 "$lib/tls_probe.py" "$tls_port" || fail "TLS exchange with the packaged server"
ok "the packaged server listens with TLS on port $tls_port (certificate from the bundled keytool)"
# the console reads stdin: send the line once it has joined, end its input once the line came back (all bounded)
mkfifo "$out/console.in"
"${nojava[@]}" timeout 180 "$app/bin/chatroom-console" -data "$out/console-data" \
    --host 127.0.0.1 --port "$port" --name ada <"$out/console.in" >"$out/console.log" 2>&1 &
console=$!
track "$console"
exec 3>"$out/console.in"
wait_log "$out/console.log" "Joined the room" || fail "the packaged chatroom-console did not join within 120 s"
printf 'hello from the package\n' >&3
wait_log "$out/console.log" "<ada> hello from the package" \
    || fail "the packaged console client did not see its message relayed"
exec 3>&-
wait "$console" || fail "the packaged chatroom-console exited with an error"
ok "the packaged console client joined, sent, and saw its message"
stop_process "$server" || fail "the packaged server still runs 10 s after SIGTERM"
wait "$server" 2>/dev/null || true
grep -q "Chatroom room stopped." "$out/server.log" || fail "the packaged server did not report a clean stop"
ok "stopped cleanly on SIGTERM"

echo "== the packaged desktop client shows its window (under Xvfb)"
start_display
"${nojava[@]}" "$app/bin/Chatroom" -data "$out/desktop-data" -consoleLog >"$out/desktop.log" 2>&1 &
desktop=$!
track "$desktop"
wait_window Chatroom "$desktop" || fail "the packaged desktop client did not show its window within 180 s"
stop_process "$desktop" || true
ok "the packaged desktop client showed its Chatroom window"
passed "package test ($type)"
