#!/usr/bin/env bash
# Packages the Linux product with a bundled Java runtime, using jpackage from the JDK (17+):
#   releng/scripts/package-linux.sh [app-image|deb]      (default: app-image)
# app-image: releng/org.chatroom.product/target/jpackage/Chatroom/ with bin/Chatroom (desktop client),
#            bin/chatroom-server (headless room), bin/chatroom-console (console client) and lib/runtime (a jlinked
#            Java runtime): no Java needed to run it.
# deb:       releng/org.chatroom.product/target/jpackage/chatroom_1.0.0-1_amd64.deb (needs fakeroot and dpkg-deb),
#            installing into /opt/chatroom.
# Then tests the result (from the app image, or from the .deb unpacked with dpkg-deb -x), with no Java on the PATH:
# the packaged chatroom-server answers the original protocol, also over TLS, and stops cleanly on SIGTERM, the packaged console
# client talks in it, and the packaged desktop
# client shows its window under Xvfb. Needs the built product, Xvfb and xdotool (releng/scripts/setup-debian.sh).
# The bundled runtime has the modules the product needs (jdeps plus what it reaches by reflection, TLS and
# locale data); CHATROOM_JPACKAGE_OPTS adds jpackage options.
set -euo pipefail
lib=$(cd "$(dirname "$0")" && pwd)/lib
. "$lib/server-port.sh"
root=$(cd "$(dirname "$0")/../.." && pwd)
type=${1:-app-image}
product=$root/releng/org.chatroom.product/target/products/org.chatroom.product/linux/gtk/x86_64/chatroom
out=$root/releng/org.chatroom.product/target/jpackage
[ -d "$product/plugins" ] || { echo "FAIL: no product at $product (build first)"; exit 1; }
command -v jpackage >/dev/null || { echo "FAIL: no jpackage (a JDK 17+ has it)"; exit 1; }
if [ "$type" = deb ]; then
    command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null \
        || { echo "FAIL: --type deb needs fakeroot and dpkg-deb (apt-get install fakeroot dpkg-dev)"; exit 1; }
fi
rm -rf "$out" && mkdir -p "$out"
server="" console=""
cleanup() {
    [ -n "$server" ] && kill -9 "$server" 2>/dev/null || true
    [ -n "$console" ] && kill -9 "$console" 2>/dev/null || true
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; [ -f "$out/server.log" ] && tail -n 30 "$out/server.log"; exit 1; }

# jpackage's input: the product without its sh launcher scripts (jpackage makes native launchers instead)
input=$out/input
cp -r "$product" "$input"
rm -f "$input/chatroom" "$input/chatroom-server"
launcher=$(cd "$input" && ls plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
# jpackage's --arguments apply only when the user gives none, so the application is chosen by system properties,
# which take precedence over config.ini; -data is replaced by the instance-area default (@user.home is Equinox's).
# Each program has its own configuration area under its data folder, never in the (read-only, shared) app image.
cat >"$out/server.properties" <<PROPS
java-options=-Djava.awt.headless=true -Declipse.application=org.chatroom.server.application -Dosgi.instance.area.default=@user.home/.chatroom/server -Dosgi.configuration.area.default=@user.home/.chatroom/server/configuration
PROPS
cat >"$out/console.properties" <<PROPS
java-options=-Djava.awt.headless=true -Declipse.application=org.chatroom.console.application -Dosgi.instance.area.default=@user.home/.chatroom/console -Dosgi.configuration.area.default=@user.home/.chatroom/console/configuration
PROPS
start=$(date +%s)
jpackage --type "$type" --dest "$out" --name Chatroom --app-version 1.0.0 --vendor Chatroom \
    --description "Chatroom: desktop chat client and headless room server" \
    --input "$input" --main-jar "$launcher" --main-class org.eclipse.equinox.launcher.Main \
    --java-options '-Dosgi.instance.area.default=@user.home/.chatroom/workspace -Dosgi.configuration.area.default=@user.home/.chatroom/workspace/.metadata/configuration' \
    --add-launcher chatroom-server="$out/server.properties" \
    --add-launcher chatroom-console="$out/console.properties" \
    --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.scripting,java.sql,java.xml,jdk.crypto.ec,jdk.localedata,jdk.unsupported,jdk.xml.dom,jdk.zipfs \
    --jlink-options '--strip-debug --no-man-pages --no-header-files' \
    ${CHATROOM_JPACKAGE_OPTS:-} \
    $([ "$type" = deb ] && echo --linux-package-name chatroom --linux-shortcut --install-dir /opt --linux-package-deps libgtk-3-0) \
    || fail "jpackage failed"
seconds=$(( $(date +%s) - start ))

if [ "$type" = deb ]; then
    deb=$(ls "$out"/*.deb | head -n 1)
    echo "built $(basename "$deb"): $(du -h "$deb" | cut -f1) in ${seconds} s"
    mkdir -p "$out/unpacked"
    dpkg-deb -x "$deb" "$out/unpacked"
    app=$out/unpacked/opt/chatroom
else
    app=$out/Chatroom
    echo "built app image $app: $(du -sh "$app" | cut -f1) (runtime $(du -sh "$app/lib/runtime" | cut -f1)) in ${seconds} s"
fi
[ -x "$app/bin/chatroom-server" ] || fail "no bin/chatroom-server in the package"
[ -x "$app/bin/Chatroom" ] || fail "no bin/Chatroom in the package"
[ -x "$app/bin/chatroom-console" ] || fail "no bin/chatroom-console in the package"

echo "== the packaged chatroom-server, with its bundled runtime and no Java on the PATH"
tls_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
PATH=/usr/bin:/bin JAVA_HOME= "$app/bin/chatroom-server" -data "$out/server-data" --port 0 --bind 127.0.0.1 \
    --set tls.port="$tls_port" >"$out/server.log" 2>&1 &
server=$!
port=$(server_port "$out/server.log" "$server") || fail "the packaged chatroom-server exited or reported no port within 60 s"
python3 "$lib/seed_client.py" "$port" packaged hello || fail "original-protocol exchange with the packaged server"
echo "ok: the packaged server answers the original protocol on port $port"
# TLS with the bundled runtime: the certificate is made by the runtime's keytool, the handshake by its JSSE
for _ in $(seq 1 60); do grep -q "listens with TLS" "$out/server.log" && break; sleep 0.5; done
grep -q "listens with TLS on .*:$tls_port, certificate SHA-256 fingerprint" "$out/server.log" \
    || fail "the packaged server did not listen with TLS on port $tls_port"
python3 - "$tls_port" <<'PY' || fail "TLS exchange with the packaged server"
import socket, ssl, sys
context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
context.check_hostname = False
context.verify_mode = ssl.CERT_NONE  # the room's certificate is self-signed; pinning is the client's business
s = context.wrap_socket(socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=10))
prompt = b"Please enter your name and press Enter"
got = b""
while len(got) < len(prompt):
    chunk = s.recv(4096)
    if not chunk:
        break
    got += chunk
assert got == prompt, "expected the prompt over TLS, got %r" % got
s.close()
PY
echo "ok: the packaged server listens with TLS on port $tls_port (certificate from the bundled keytool)"
# the console reads stdin: send the line once it has joined, end its input once the line came back (all bounded)
mkfifo "$out/console.in"
PATH=/usr/bin:/bin JAVA_HOME= timeout 90 "$app/bin/chatroom-console" -data "$out/console-data" \
    --host 127.0.0.1 --port "$port" --name ada <"$out/console.in" >"$out/console.log" 2>&1 &
console=$!
exec 3>"$out/console.in"
wait_log() { for _ in $(seq 1 120); do grep -q "$1" "$out/console.log" && return 0; sleep 0.5; done; return 1; }
wait_log "Joined the room" || { cat "$out/console.log"; fail "the packaged chatroom-console did not join within 60 s"; }
printf 'hello from the package\n' >&3
wait_log "<ada> hello from the package" \
    || { cat "$out/console.log"; fail "the packaged console client did not see its message relayed"; }
exec 3>&-
wait "$console" || { cat "$out/console.log"; fail "the packaged chatroom-console exited with an error"; }
console=""
echo "ok: the packaged console client joined, sent, and saw its message"
kill -TERM "$server"
for _ in $(seq 1 40); do kill -0 "$server" 2>/dev/null || break; sleep 0.25; done
kill -0 "$server" 2>/dev/null && fail "the packaged server still runs 10 s after SIGTERM"
wait "$server" 2>/dev/null || true
server=""
grep -q "Chatroom room stopped." "$out/server.log" || fail "the packaged server did not report a clean stop"
echo "ok: stopped cleanly on SIGTERM"

echo "== the packaged desktop client shows its window (under Xvfb)"
xvfb-run -a -s "-screen 0 1280x1024x24" bash -c '
    PATH=/usr/bin:/bin JAVA_HOME= "$1/bin/Chatroom" -data "$2/desktop-data" -consoleLog >"$2/desktop.log" 2>&1 &
    app=$!
    for _ in $(seq 1 120); do
        if xdotool search --onlyvisible --name "^Chatroom" >/dev/null 2>&1; then
            kill "$app"; wait "$app" 2>/dev/null || true
            exit 0
        fi
        kill -0 "$app" 2>/dev/null || { echo "the packaged client exited before showing its window"; exit 1; }
        sleep 0.5
    done
    echo "no Chatroom window within 60 s"; kill -9 "$app"; exit 1
' _ "$app" "$out" || { tail -n 30 "$out/desktop.log"; fail "the packaged desktop client did not show its window"; }
echo "ok: the packaged desktop client showed its Chatroom window"
echo "package test ($type): 5 passed, 0 failed"
