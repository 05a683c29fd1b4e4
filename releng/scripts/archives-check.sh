#!/usr/bin/env bash
# Checks the Windows and macOS product archives built beside the Linux one (no Windows or Mac here):
#  - each unpacks silently (GNU tar and unzip print nothing: no LIBARCHIVE.creationtime or other unknown headers);
#  - each has the launcher jar, its own SWT fragment and no other platform's, and its launcher scripts
#    (.cmd on Windows; sh with -XstartOnFirstThread for the desktop on macOS);
#  - each one's headless room server, started from its own plugins with `java -jar` on this machine, answers
#    the original protocol (the server loads no SWT, so its bundle set is platform-independent).
# Exits non-zero on the first failure.
set -euo pipefail
lib=$(cd "$(dirname "$0")" && pwd)/lib
. "$lib/common.sh"
root=$(cd "$(dirname "$0")/../.." && pwd)
products=$root/releng/org.chatroom.product/target/products
out=$root/releng/org.chatroom.product/target/archives-check
rm -rf "$out" && mkdir -p "$out"

check() {
    local name=$1 archive=$2 home=$3 swt=$4; shift 4
    echo "== $name"
    [ -f "$products/$archive" ] || fail "no archive $archive"
    mkdir -p "$out/$name"
    case "$archive" in
        *.zip) (cd "$out/$name" && unzip -q "$products/$archive") 2>"$out/unpack.err" ;;
        *) tar -xzf "$products/$archive" -C "$out/$name" 2>"$out/unpack.err" ;;
    esac || fail "$name: could not unpack $archive: $(head -n 5 "$out/unpack.err")"
    [ ! -s "$out/unpack.err" ] \
        || fail "$name: unpacking printed $(wc -l <"$out/unpack.err") lines, e.g. $(sort "$out/unpack.err" | uniq -c | head -n 3)"
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
    local server=$!
    track "$server"
    local port
    port=$(server_port "$out/server.log" "$server") || fail "$name: the server exited or reported no port within 120 s"
    python3 "$lib/seed_client.py" "$port" probe || fail "$name: original-protocol exchange"
    stop_process "$server" || fail "$name: the server still runs 10 s after SIGTERM"
    ok "$name: unpacked silently, its own SWT fragment only, launcher scripts present, its server answers on port $port"
}

echo "== linux"
mkdir -p "$out/linux"
tar -xzf "$products/chatroom-linux.gtk.x86_64.tar.gz" -C "$out/linux" 2>"$out/unpack.err" \
    || fail "linux: could not unpack: $(head -n 5 "$out/unpack.err")"
[ ! -s "$out/unpack.err" ] \
    || fail "linux: GNU tar printed $(wc -l <"$out/unpack.err") lines, e.g. $(sort "$out/unpack.err" | uniq -c | head -n 3)"
[ -x "$out/linux/chatroom/chatroom-server" ] || fail "linux: no chatroom-server script"
ok "linux: unpacked silently by GNU tar (product-smoke.sh runs it)"
check windows chatroom-win32.win32.x86_64.zip chatroom win32.win32.x86_64 chatroom.cmd chatroom-server.cmd
check macos-x86_64 chatroom-macosx.cocoa.x86_64.tar.gz chatroom.app/Contents/Eclipse cocoa.macosx.x86_64 chatroom chatroom-server
check macos-aarch64 chatroom-macosx.cocoa.aarch64.tar.gz chatroom.app/Contents/Eclipse cocoa.macosx.aarch64 chatroom chatroom-server
grep -q -- '-XstartOnFirstThread' "$out/macos-aarch64/chatroom.app/Contents/Eclipse/chatroom" \
    || fail "the macOS desktop script does not pass -XstartOnFirstThread"
[ -x "$out/macos-aarch64/chatroom.app/Contents/Eclipse/chatroom" ] || fail "the macOS script is not executable"
grep -q $'\r$' "$out/windows/chatroom/chatroom.cmd" || fail "chatroom.cmd has no CRLF line ends"
passed "archives check"
