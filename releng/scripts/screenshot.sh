#!/usr/bin/env bash
# Takes the README's screenshots of the built product under Xvfb: the Host Room dialog, the room (light theme) while
# an original-protocol member and a console member chat, the unread marker while the window is not focused, a
# private conversation, and the room in the dark theme (GTK_THEME=Adwaita:dark; the views follow the system theme).
#
#   releng/scripts/screenshot.sh [OUTPUT_DIR]     (default releng/org.chatroom.product/target/screenshots)
#
# Writes chatroom.png, chatroom-host.png, chatroom-unread.png, chatroom-private.png, chatroom-rooms.png (room tabs:
# a second room joined, the first counting what was said there meanwhile), chatroom-dark.png and chatroom-irc.png (the
# desktop on an IRC network, a local InspIRCd: the network's tab before its channels').
# Needs: the product archive (./mvnw -o -B verify -pl releng/org.chatroom.product -am), Xvfb, xdotool,
# imagemagick (import, display), inspircd, java 17. Everything runs in a temporary directory: own display, workspace, port.
set -euo pipefail

lib=$(cd "$(dirname "$0")" && pwd)/lib
. "$lib/common.sh"
root="$(cd "$(dirname "$0")/../.." && pwd)"
archive="$root/releng/org.chatroom.product/target/products/chatroom-linux.gtk.x86_64.tar.gz"
dest="$(realpath -m "${1:-$root/releng/org.chatroom.product/target/screenshots}")"
[ -f "$archive" ] || fail "no product archive at $archive: build the product first"
mkdir -p "$dest"

out="$(mktemp -d)"
on_exit 'exec 3>&- 4>&- 2>/dev/null; rm -rf "$out"'
tar --warning=no-unknown-keyword -xzf "$archive" -C "$out"
export HOME="$out/home" CHATROOM_DATA="$out/workspace" CHATROOM_CONSOLE_DATA="$out/console"
mkdir -p "$HOME"
port=$(free_port)
irc_port=$(free_port)
start_display

# the preferences the product reads: hosting port, IRC clients let in, nickname (instance scope, in the workspace)
settings="$out/workspace/.metadata/.plugins/org.eclipse.core.runtime/.settings"
mkdir -p "$settings"
printf 'eclipse.preferences.version=1\nhostingPort=%s\nhostingIrcPort=%s\nnickname=maria\n' "$port" "$irc_port" \
    > "$settings/org.chatroom.ui.prefs"

window=""
find_window() { window=$(xdotool search --onlyvisible --name '^(\([^)]*\) )?Chatroom' | head -1); [ -n "$window" ]; }
room_up() { exec 9<>"/dev/tcp/127.0.0.1/$port"; }
joined() { xdotool search --onlyvisible --name '^(\([^)]*\) )?Chatroom - ' >/dev/null; }   # the title names the room once joined
shot() { sleep 1; import -window "$1" "$dest/$2.png"; echo "Saved $dest/$2.png"; }
# fails with the screen as it is saved beside the screenshots: a notice in the window may say what went wrong
fail_shown() { import -window root "$dest/failure.png" 2>/dev/null && set -- "$* (the screen: $dest/failure.png)"; fail "$*"; }
focus() { xdotool windowfocus --sync "$1" 2>/dev/null || xdotool windowfocus "$1"; }
say() { printf '%s\n' "$2" >&"$1"; sleep 0.4; }
# starts the desktop (arguments: log file, then its own), waits for its window, sizes and places it
desktop() {
    local log=$1; shift
    "$out/chatroom/chatroom" "$@" -consoleLog >"$log" 2>&1 &
    app=$!
    track $app
    wait_window Chatroom $app || fail "no Chatroom window"
    find_window
    xdotool windowsize "$window" 1100 700
    xdotool windowmove "$window" 20 20
}

# --- light theme: the Host Room dialog, then the room, the unread marker and a private conversation
desktop "$out/desktop.log"
focus "$window"
xdotool key ctrl+shift+h
dialog=""
find_dialog() { dialog=$(xdotool search --onlyvisible --name '^Host a Room' | head -1); [ -n "$dialog" ]; }
wait_for 60 find_dialog || fail "the Host Room dialog did not open (Ctrl+Shift+H)"
shot "$dialog" chatroom-host
for try in 1 2 3; do   # Return on the dialog hosts; a busy machine may not have given the dialog the focus yet
    find_dialog || break
    focus "$dialog"
    xdotool key Return
    wait_for 20 room_up && break
done
wait_for 60 room_up || fail_shown "the product hosts no room"
wait_for 120 joined || fail_shown "the desktop did not join its room"

exec 3<>"/dev/tcp/127.0.0.1/$port"                      # luca: the original protocol over a plain socket
say 3 luca
mkfifo "$out/sofia.in"
"$out/chatroom/chatroom" --console --host 127.0.0.1 --port "$port" --name sofia <"$out/sofia.in" >"$out/sofia.log" 2>&1 &
track $!
exec 4>"$out/sofia.in"                                  # sofia: the console client, extended protocol
wait_log "$out/sofia.log" "Joined the room" 120 || fail "the console client did not join"
say 3 'Ciao a tutti! Is this the Friday release room?'
say 4 'Hi all, the notes are at https://example.org/chatroom/notes'
say 3 'maria, can you share the build numbers?'
say 4 'The Windows archive still waits for its signing step; once that is done I upload it with the checksums, and the macOS archives follow tomorrow morning after the notarisation.'
focus "$window"
xdotool type --delay 20 'Hi luca, build 4.38 is green'
xdotool key Return
shot "$window" chatroom

display -geometry 200x120+1000+850 -size 200x120 xc:gray70 &   # another window takes the focus
other=$!
track $other
other_window=""
find_other() { other_window=$(xdotool search --onlyvisible --name '^ImageMagick' | head -1); [ -n "$other_window" ]; }
wait_for 30 find_other || fail "no other window to focus"
focus "$other_window"
say 3 'Are you still there, maria?'
say 4 'maria: the release notes need your sign-off'
shot "$window" chatroom-unread

say 4 '/msg maria Can we talk about the release date before the meeting?'
say 4 '/msg maria I would rather wait for the Windows archive.'
wait_log "$out/sofia.log" "sofia -> maria> I would rather" 60 || fail "the private message was not sent"
focus "$window"
sleep 2
shot "$window" chatroom-private
kill $other

# room tabs (issue 9): ana speaks chatroom/2 and creates a room; the host joins it in a tab of its own while luca
# goes on in general, whose tab then counts what was said there
exec 5<>"/dev/tcp/127.0.0.1/$port"
printf '\xffCHATROOM/2\n' >&5
say 5 'NICK ana'
say 5 'CREATE release'
say 5 'MSG release Release notes for 4.38 are drafted, please review.'
say 5 'TOPIC release Friday release: 4.38'
focus "$window"
xdotool type --delay 20 '/join release'
xdotool key Return
sleep 1.5
xdotool type --delay 20 'Reading them now, ana'
xdotool key Return
say 3 'Anyone for lunch?'
shot "$window" chatroom-rooms
exec 5>&-
stop_process $app 60 || fail "the desktop did not stop within 60 s (its workspace stays locked)"

# --- dark theme: the same room, the system theme switched (the views follow it by default)
port=$(free_port)
printf 'eclipse.preferences.version=1\nhostingPort=%s\nnickname=maria\n' "$port" > "$settings/org.chatroom.ui.prefs"
exec 3>&- 4>&-
GTK_THEME=Adwaita:dark desktop "$out/desktop-dark.log" -hostRoom
wait_for 60 room_up || fail_shown "the product hosts no room in the dark theme"
wait_for 120 joined || fail_shown "the desktop did not join its room in the dark theme"
exec 3<>"/dev/tcp/127.0.0.1/$port"
say 3 luca
say 3 'Same room, dark theme: can everyone still read this?'
say 3 'maria, mentions stand out too.'
focus "$window"
xdotool type --delay 20 'Reads well here, luca.'
xdotool key Return
shot "$window" chatroom-dark
stop_process $app 20 || true

# --- an IRC network (InspIRCd): the server's tab with its MOTD first, then the channels; luca speaks raw IRC
exec 3>&-
irc_dir="$out/inspircd"
mkdir -p "$irc_dir"
irc_port=$(free_port)
sed -e "s|@DIR@|$irc_dir|g" -e "s|@PORT@|$irc_port|g" -e 's|network="Bench"|network="ExampleNet"|' \
    "$lib/inspircd.conf" >"$irc_dir/inspircd.conf"
printf '%s\n' "Welcome to ExampleNet." "Be kind; the channel operators are in #help." >"$irc_dir/motd"
asroot=()
[ "$(id -u)" -eq 0 ] && asroot=(--runasroot)
inspircd --nofork "${asroot[@]}" --config="$irc_dir/inspircd.conf" >"$irc_dir/out.log" 2>&1 &
track $!
irc_up() { exec 6<>"/dev/tcp/127.0.0.1/$irc_port"; }
wait_for 30 irc_up || fail "InspIRCd did not start: $(tail -n 5 "$irc_dir/out.log")"
printf 'NICK luca\r\nUSER luca 0 * :Luca\r\n' >&6
registered=""
while read -r -t 20 line <&6; do [[ $line == *" 001 "* ]] && { registered=yes; break; }; done
[ -n "$registered" ] || fail "luca was not welcomed by InspIRCd"
printf 'JOIN #release,#help\r\nTOPIC #release :Friday release: 4.38\r\n' >&6
printf 'eclipse.preferences.version=1\nnickname=maria\nprotocol=irc\nhost=127.0.0.1\nport=%s\nircChannels=\\#release, \\#help\nremoteRoomChosen=true\nautoConnect=true\n' \
    "$irc_port" >"$settings/org.chatroom.ui.prefs"
desktop "$out/desktop-irc.log"
wait_for 120 joined || fail_shown "the desktop did not join the IRC channels"
sleep 2
printf 'PRIVMSG #release :Morning maria, the notes for 4.38 are up.\r\n' >&6
sleep 0.4
printf 'PRIVMSG #help :Anyone around for a question about the installer?\r\n' >&6
sleep 0.4
focus "$window"
xdotool type --delay 20 'Thanks luca, reading them now.'
xdotool key Return
shot "$window" chatroom-irc
exec 6>&-
stop_process $app 20 || true
