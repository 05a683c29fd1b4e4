#!/usr/bin/env bash
# Takes a screenshot of the built product while it hosts a room and a socket client chats in it, then one of the
# room tabs (a second room joined; the first counts what was said there meanwhile) beside it as OUTPUT-rooms.png.
#
#   releng/scripts/screenshot.sh [output.png]          (GTK_THEME=Adwaita:dark in front for the dark theme)
#
# Needs: the product archive (./mvnw -o -B verify -pl releng/org.chatroom.product -am), Xvfb, xdotool,
# imagemagick (import), java 17. Everything runs in a temporary directory: own display, own workspace, own port.
set -euo pipefail

lib=$(cd "$(dirname "$0")" && pwd)/lib
. "$lib/common.sh"
root="$(cd "$(dirname "$0")/../.." && pwd)"
archive="$root/releng/org.chatroom.product/target/products/chatroom-linux.gtk.x86_64.tar.gz"
out="$(realpath -m "${1:-$root/releng/org.chatroom.product/target/screenshot.png}")"
[ -f "$archive" ] || fail "no product archive at $archive: build the product first"

work="$(mktemp -d)"
on_exit 'exec 3>&- 2>/dev/null; rm -rf "$work"'
tar -xzf "$archive" -C "$work"
port=$(free_port)
start_display

# the preferences the product reads: hosting port and nickname (instance scope, in the workspace)
settings="$work/workspace/.metadata/.plugins/org.eclipse.core.runtime/.settings"
mkdir -p "$settings"
printf 'eclipse.preferences.version=1\nhostingPort=%s\nnickname=maria\n' "$port" > "$settings/org.chatroom.ui.prefs"

# -hostRoom: the application hosts a room as soon as its window opens (see ChatApplication)
(cd "$work/chatroom" && exec java -jar plugins/org.eclipse.equinox.launcher_*.jar \
    -data "$work/workspace" -configuration "$work/configuration" -hostRoom -consoleLog) >"$work/app.log" 2>&1 &
track $!
wait_for 180 bash -c "exec 9<>/dev/tcp/127.0.0.1/$port" || { cat "$work/app.log" >&2; fail "the product hosts no room"; }

window=""
find_window() { window=$(xdotool search --onlyvisible --name '^Chatroom' | head -1); [ -n "$window" ]; }
wait_for 120 find_window || fail "no Chatroom window"
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

# Room tabs (issue 9): ana speaks chatroom/2 and creates a room; the host joins it in a tab of its own while luca
# goes on in general, whose tab then counts what was said there
exec 4<>"/dev/tcp/127.0.0.1/$port"
sleep 0.5
printf '\xffCHATROOM/2\n' >&4
sleep 0.3
printf 'NICK ana\nCREATE release\n' >&4
sleep 0.3
printf 'MSG release Release notes for 4.38 are drafted, please review.\n' >&4
printf 'TOPIC release Friday release: 4.38\n' >&4
sleep 0.3
xdotool type --delay 20 '/join release'
xdotool key Return
sleep 1.5
xdotool type --delay 20 'Reading them now, ana'
xdotool key Return
sleep 0.5
printf 'Anyone for lunch?\n' >&3
sleep 1.5
rooms="${out%.png}-rooms.png"
import -window "$window" "$rooms"
echo "Saved $rooms"
