#!/usr/bin/env bash
# Checks the Windows and macOS product archives built beside the Linux one (no Windows or Mac here):
#  - each has the launcher jar, its own SWT fragment and no other platform's, and its launcher scripts
#    (.cmd on Windows; sh with -XstartOnFirstThread for the desktop on macOS);
#  - each one's headless room server, started from its own plugins with `java -jar` on this machine, answers
#    the original protocol (the server loads no SWT, so its bundle set is platform-independent).
# Exits non-zero on the first failure.
set -euo pipefail
lib=$(cd "$(dirname "$0")" && pwd)/lib
. "$lib/server-port.sh"
root=$(cd "$(dirname "$0")/../.." && pwd)
products=$root/releng/org.chatroom.product/target/products
out=$root/releng/org.chatroom.product/target/archives-check
rm -rf "$out" && mkdir -p "$out"
server=""
cleanup() { [ -n "$server" ] && kill -9 "$server" 2>/dev/null || true; }
trap cleanup EXIT
fail() { echo "FAIL: $*"; for f in "$out"/*.log; do [ -f "$f" ] && { echo "--- $f"; tail -n 30 "$f"; }; done; exit 1; }

check() {
    local name=$1 archive=$2 home=$3 swt=$4; shift 4
    echo "== $name"
    [ -f "$products/$archive" ] || fail "no archive $archive"
    mkdir -p "$out/$name"
    case "$archive" in
        *.zip) (cd "$out/$name" && unzip -q "$products/$archive") ;;
        *) tar --warning=no-unknown-keyword -xzf "$products/$archive" -C "$out/$name" ;;
    esac
    local dir=$out/$name/$home
    local launcher
    launcher=$(ls "$dir"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
    [ -n "$launcher" ] || fail "$name: no launcher jar in $home/plugins"
    ls "$dir"/plugins/org.eclipse.swt."$swt"_*.jar >/dev/null 2>&1 || fail "$name: no SWT fragment $swt"
    local others
    others=$(ls "$dir"/plugins | grep -E '^org\.eclipse\.(swt|equinox\.launcher)\.[a-z0-9]+\.[a-z0-9]+\.[a-z0-9_]+' \
        | grep -v "^org\.eclipse\.swt\.$swt" || true)
    [ -z "$others" ] || fail "$name: fragments of other platforms: $others"
    for f in "$@"; do [ -f "$dir/$f" ] || fail "$name: no launcher script $f"; done
    rm -f "$out/server.log"
    java -Djava.awt.headless=true -jar "$launcher" -noSplash -application org.chatroom.server.application \
        -data "$out/$name-data" --port 0 --bind 127.0.0.1 >"$out/server.log" 2>&1 &
    server=$!
    local port
    port=$(server_port "$out/server.log" "$server") || fail "$name: the server exited or reported no port within 60 s"
    python3 "$lib/seed_client.py" "$port" probe || fail "$name: original-protocol exchange"
    kill -TERM "$server"; wait "$server" 2>/dev/null || true; server=""
    echo "ok: $name: its own SWT fragment only, launcher scripts present, its server answers on port $port"
}

check windows chatroom-win32.win32.x86_64.zip chatroom win32.win32.x86_64 chatroom.cmd chatroom-server.cmd
check macos-x86_64 chatroom-macosx.cocoa.x86_64.tar.gz chatroom.app/Contents/Eclipse cocoa.macosx.x86_64 chatroom chatroom-server
check macos-aarch64 chatroom-macosx.cocoa.aarch64.tar.gz chatroom.app/Contents/Eclipse cocoa.macosx.aarch64 chatroom chatroom-server
grep -q -- '-XstartOnFirstThread' "$out/macos-aarch64/chatroom.app/Contents/Eclipse/chatroom" \
    || fail "the macOS desktop script does not pass -XstartOnFirstThread"
[ -x "$out/macos-aarch64/chatroom.app/Contents/Eclipse/chatroom" ] || fail "the macOS script is not executable"
grep -q $'\r$' "$out/windows/chatroom/chatroom.cmd" || fail "chatroom.cmd has no CRLF line ends"
echo "archives check: 3 passed, 0 failed"
