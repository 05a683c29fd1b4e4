#!/usr/bin/env bash
# Takes a screenshot of the built product while it hosts a room and a socket client chats in it.
#
#   releng/scripts/screenshot.sh [output.png]
#
# Needs: the product archive (./mvnw -o -B verify -pl releng/org.chatroom.product -am), Xvfb, xdotool,
# imagemagick (import), java 17. Everything runs in a temporary directory: own display, own workspace, own port.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
archive="$root/releng/org.chatroom.product/target/products/chatroom-linux.gtk.x86_64.tar.gz"
out="$(realpath -m "${1:-$root/releng/org.chatroom.product/target/screenshot.png}")"
[ -f "$archive" ] || { echo "No product archive at $archive: build the product first." >&2; exit 1; }

work="$(mktemp -d)"
xvfb_pid="" app_pid=""
cleanup() {
    exec 3>&- 2>/dev/null || true
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# wait_for <seconds> <command...>: retries the command every 0.5 s, fails after the bound
wait_for() {
    local tries=$(( $1 * 2 )); shift
    for _ in $(seq "$tries"); do "$@" >/dev/null 2>&1 && return 0; sleep 0.5; done
    echo "Timed out waiting for: $*" >&2; return 1
}

tar --warning=no-unknown-keyword -xzf "$archive" -C "$work"

# a free display and a free port
display=99
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
    || echo 53123)

Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY=":$display"
wait_for 10 xdpyinfo -display "$DISPLAY" 2>/dev/null || wait_for 10 test -e "/tmp/.X11-unix/X$display"

# the preferences the product reads: hosting port and nickname (instance scope, in the workspace)
settings="$work/workspace/.metadata/.plugins/org.eclipse.core.runtime/.settings"
mkdir -p "$settings"
printf 'eclipse.preferences.version=1\nhostingPort=%s\nnickname=maria\n' "$port" > "$settings/org.chatroom.ui.prefs"

# -hostRoom: the application hosts a room as soon as its window opens (see ChatApplication)
(cd "$work/chatroom" && exec java -jar plugins/org.eclipse.equinox.launcher_*.jar \
    -data "$work/workspace" -configuration "$work/configuration" -hostRoom -consoleLog) >"$work/app.log" 2>&1 &
app_pid=$!
wait_for 60 bash -c "exec 9<>/dev/tcp/127.0.0.1/$port" || { cat "$work/app.log" >&2; exit 1; }

window=""
find_window() { window=$(xdotool search --onlyvisible --name '^Chatroom' | head -1); [ -n "$window" ]; }
wait_for 30 find_window
find_window
xdotool windowsize "$window" 1100 700
xdotool windowmove "$window" 20 20

# a member speaking the original protocol over a plain socket
exec 3<>"/dev/tcp/127.0.0.1/$port"
sleep 0.5
printf 'luca\n' >&3
sleep 0.5
printf 'Ciao a tutti! Is this the Friday release room?\n' >&3
sleep 0.3
printf 'maria, can you share the build numbers?\n' >&3

# the host answers through the input field
sleep 0.5
timeout 5 xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus "$window"
sleep 0.3
xdotool type --delay 20 'Hi luca, build 4.38 is green'
xdotool key Return
sleep 1.5

mkdir -p "$(dirname "$out")"
import -window "$window" "$out"
echo "Saved $out"
