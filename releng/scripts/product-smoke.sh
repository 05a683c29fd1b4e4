#!/usr/bin/env bash
# Smoke test of the built product archive, as a user gets it:
#  1. unpacks chatroom-linux.gtk.x86_64.tar.gz into a temporary folder (GNU tar must print nothing; no text editor
#     bundle, whose Ctrl+Q would take Quit's key), makes it
#     read-only (an install shared by several users) and checks at the end that no program wrote into it;
#  2. checks chatroom --help, and that a start without a display, or without GTK 3, says so and what to run instead
#     (exit code 2);
#     starts the desktop client under Xvfb and waits (bounded) for its "Chatroom" window, then saves a screenshot;
#     quits it from the menu and starts it again on the same workspace: the status line is still there, the window
#     at the size it was given before quitting; a start with the dark theme chosen has a dark status line too; a
#     start while another runs on the workspace says the workspace is in use and quits, and the one running goes on;
#  3. starts chatroom-server on a free port with no other setting (a second one on the same data folder says that the
#     folder is in use and exits with 1; --settings lists the room settings beside it, and a misspelt --set key is
#     refused with the one meant); checks that it has loaded no SWT class (its
#     loaded classes, listed by jcmd); talks the original protocol to it; checks the room's defaults against
#     PROTOCOL.md (the shipped metatype, and the running room: 4,096 bytes, bursts of 40 at 20/s, the 60 s handshake
#     timeout); kicks a member through the server's stdin (the host console); checks that the end of stdin ends only
#     the console;
#  4. starts the desktop client with the auto-connect preference set to that room and waits for it to join; ended
#     by SIGTERM, the desktop (started again), and by Ctrl+C a console client, leave the room with a quit;
#  5. joins with the console client, pipes a line into another starting one (it waits for the connection) and sees it;
#     sends SIGTERM to the server and checks it stops cleanly, and that its data
#     folder (left readable by all before the run) holds nothing others may read;
#  6. says a line to a server, stops it from its host console (stop REASON: a member present is told the reason),
#     starts it again on the same data folder (and with --irc FILE): the line comes back as history, and an IRC
#     user in #general hears an original-protocol user; then a run with --history FILE keeps a history in the
#     folder the file names, and the next run without it the data folder's;
#  7. runs chatroom-server with --bind 127.0.0.1 --set rate.per.second=0, then the desktop hosts from the same
#     product and listens on all interfaces with the flood limit: nothing of the server's run reached it; stopped
#     by SIGTERM or quit from its menu, the desktop tells a member of its room that the room closed.
# Exits non-zero on the first failure.
set -euo pipefail
lib=$(cd "$(dirname "$0")" && pwd)/lib
. "$lib/common.sh"
root=$(cd "$(dirname "$0")/../.." && pwd)
archive=$root/releng/org.chatroom.product/target/products/chatroom-linux.gtk.x86_64.tar.gz
out=$root/releng/org.chatroom.product/target/smoke
[ -f "$archive" ] || fail "no product archive at $archive (build first)"
[ -d "$out" ] && chmod -R u+w "$out"
rm -rf "$out" && mkdir -p "$out"
tar -xzf "$archive" -C "$out" 2>"$out/tar.err" || fail "tar could not unpack the archive: $(cat "$out/tar.err")"
[ ! -s "$out/tar.err" ] || fail "GNU tar printed warnings: $(sort "$out/tar.err" | uniq -c | head -n 5)"
product=$out/chatroom
# the text editor's bundles bind Ctrl+Q (Previous Edit Location) and would take Quit's key: the UI tests' runtime has
# them, so MenusAndKeysTest checks the binding as declared, and this that the product has none of them
editors=$(ls "$product/plugins" | grep -E '^org\.eclipse\.ui\.(workbench\.texteditor|editors)_' || true)
[ -z "$editors" ] || fail "the product has the text editor's bundles, whose Ctrl+Q takes Quit's key: $editors"
ok "no text editor bundle in the product (Ctrl+Q is Quit's)"
chmod -R a-w "$product"   # a shared install: nobody's program may write here (root could; the listing checks)
listing() { find "$product" -printf '%P %s %T@\n' | sort; }
listing >"$out/install-before.txt"
export HOME=$out/home   # a fresh user: no workspace, no preferences
mkdir -p "$HOME"

echo "== the desktop's usage, and a start where no display is reachable"
"$product/chatroom" --help >"$out/help.txt" 2>&1 || fail "chatroom --help exited with $?: $(cat "$out/help.txt")"
grep -q '^Usage: chatroom \[-data WORKSPACE\]' "$out/help.txt" && grep -q -- '--console --help' "$out/help.txt" \
    || fail "chatroom --help printed no usage: $(cat "$out/help.txt")"
ok "chatroom --help prints the usage of the desktop, the console and the server"
code=0
env -u DISPLAY -u WAYLAND_DISPLAY timeout 120 "$product/chatroom" -data "$out/no-display" >"$out/no-display.txt" 2>&1 \
    || code=$?
[ "$code" = 2 ] || fail "the desktop without a display exited with $code, not 2: $(cat "$out/no-display.txt")"
grep -q 'cannot open its window: no display could be reached (DISPLAY: not set' "$out/no-display.txt" \
    && grep -q 'chatroom --console --host HOST --name NAME' "$out/no-display.txt" \
    && ! grep -q 'An error has occurred' "$out/no-display.txt" \
    || fail "the desktop without a display did not say why and what to run: $(cat "$out/no-display.txt")"
ok "without a display the desktop says so, names the console and the server, and exits with 2"
start_display
# a machine without GTK 3: an unloadable libgtk-3.so.0 ahead of the system's on the library path
mkdir -p "$out/no-gtk" && : >"$out/no-gtk/libgtk-3.so.0"
code=0
LD_LIBRARY_PATH="$out/no-gtk" timeout 120 "$product/chatroom" -data "$out/no-gtk-ws" >"$out/no-gtk.txt" 2>&1 || code=$?
[ "$code" = 2 ] || fail "the desktop without GTK exited with $code, not 2: $(cat "$out/no-gtk.txt")"
grep -q 'libraries of its window toolkit could not be loaded (.*libgtk-3.so.0' "$out/no-gtk.txt" \
    && grep -q 'apt-get install libgtk-3-0' "$out/no-gtk.txt" && ! grep -q 'An error has occurred' "$out/no-gtk.txt" \
    || fail "the desktop without GTK did not say which library it lacks: $(cat "$out/no-gtk.txt")"
ok "without GTK's libraries the desktop names the library it lacks and the package, and exits with 2"

echo "== desktop window, and again on the same workspace"
# starts the desktop, saves a screenshot, the status line's strip (the bottom of the window, left part) and the window's
# size, gives the window the size $2 (WIDTHxHEIGHT) if asked, then quits through the menu (Chat > Quit), so the
# workbench saves its state as a user's session does
desktop_session() {
    "$product/chatroom" -consoleLog >"$out/$1.log" 2>&1 &
    local app=$!
    track "$app"
    wait_window Chatroom "$app" || return 1
    cp "/proc/$app/maps" "$out/$1.maps"   # what the JVM mapped (its class data sharing archive, checked below)
    sleep 2   # let the window paint before the screenshot
    jcmd "$app" VM.class_hierarchy >"$out/$1-classes.txt" 2>&1 || true   # what it loaded for its window (below)
    local w
    w=$(xdotool search --onlyvisible --name "^Chatroom" 2>/dev/null | head -n 1)
    import -window root "$out/$1.png"
    eval "$(xdotool getwindowgeometry --shell "$w")"
    echo "${WIDTH}x$HEIGHT" >"$out/$1.size"
    convert "$out/$1.png" -crop "${WIDTH}x26+$X+$((Y + HEIGHT - 26))" "$out/$1-status.png"   # its labels sit on the right
    if [ -n "${2:-}" ]; then
        xdotool windowsize "$w" "${2%x*}" "${2#*x}" && sleep 1
    fi
    quit_desktop "$app" "$w"
}
# quits the desktop (process, window) through Chat > Quit and waits for its process to end
quit_desktop() {
    xdotool windowfocus --sync "$2" key --window "$2" alt+c && sleep 1 && xdotool key q
    # 60 s: the first run of a user writes its class data sharing archive as its JVM exits (seconds, more under load)
    wait_for 60 _gone "$1" || { echo "the desktop did not quit from its menu"; stop_process "$1"; return 1; }
}
# the status line says "Disconnected": text in the strip, not one flat colour
has_status_line() { [ "$(convert "$out/$1-status.png" -format '%[fx:standard_deviation>0.01]' info:)" = 1 ]; }
desktop_session desktop 900x640 || fail "desktop product did not show its window and quit from its menu"
[ -s "$out/desktop.png" ] || fail "no screenshot"
has_status_line desktop || fail "no status line on the first start ($out/desktop-status.png)"
ok "window shown with its status line, screenshot $out/desktop.png"
# nothing activated before it is needed: the room's history (SQLite, its native library and threads) opens when the
# desktop hosts a room, not for its window (it cost about 10 % of the start's CPU, README "Desktop performance")
grep -q 'org\.chatroom\.ui\.internal\.' "$out/desktop-classes.txt" \
    || fail "jcmd could not list the desktop's loaded classes: $(head -n 3 "$out/desktop-classes.txt")"
if grep -q 'org\.chatroom\.log\.sqlite\.' "$out/desktop-classes.txt"; then
    fail "the desktop opened the room history before hosting: $(grep -m 3 'org\.chatroom\.log\.sqlite\.' "$out/desktop-classes.txt")"
fi
ok "no room history class loaded for the desktop's window"
desktop_session desktop-again || fail "the desktop did not start again on the same workspace"
has_status_line desktop-again || fail "the status line is gone on the second start ($out/desktop-again-status.png)"
ok "started again on the same workspace: the status line is there"
[ "$(cat "$out/desktop-again.size")" = 900x640 ] \
    || fail "the window came back at $(cat "$out/desktop-again.size"), not at the 900x640 it was left at"
ok "the window came back at the size it was left at (900x640; it was $(cat "$out/desktop.size") at first)"
grep -q "desktop-cds/[0-9]*\.jsa" "$out/desktop-again.maps" \
    || fail "the second desktop start did not map the class data sharing archive the first one wrote"
ok "the second start mapped the class archive the first one wrote (~/.cache/chatroom/desktop-cds)"
# the dark theme chosen in the preferences darkens the window's own parts from the start (tool bar, status line), not
# only the chat views: a light status strip around dark views is what it did before (WindowTheme)
prefs=$HOME/.chatroom/workspace/.metadata/.plugins/org.eclipse.core.runtime/.settings/org.chatroom.ui.prefs
[ -f "$prefs" ] || fail "no desktop preferences at $prefs after two starts"
echo theme=DARK >>"$prefs"
desktop_session desktop-dark || fail "the desktop did not start in the dark theme"
sed -i '/^theme=/d' "$prefs"
mean() { convert "$out/$1-status.png" -colorspace Gray -format '%[fx:mean]' info:; }
python3 -c "import sys; sys.exit(0 if $(mean desktop-dark) < 0.35 < 0.65 < $(mean desktop-again) else 1)" \
    || fail "the status strip is not dark in the dark theme ($(mean desktop-dark)) and light in the system's" \
            "($(mean desktop-again)): $out/desktop-dark-status.png"
ok "the dark theme darkens the window's status line too ($(mean desktop-dark) against $(mean desktop-again))"
# a second desktop while the first runs on the workspace: it says so and quits, the first goes on
in_use="Chatroom Is Already Running"
"$product/chatroom" -consoleLog >"$out/desktop-first.log" 2>&1 &
first=$!
track "$first"
wait_window Chatroom "$first" || fail "the desktop did not show its window"
first_window=$(xdotool search --onlyvisible --name "^Chatroom" | head -n 1)
"$product/chatroom" -consoleLog >"$out/desktop-second.log" 2>&1 &
second=$!
track "$second"
wait_window "$in_use" "$second" || fail "a second desktop on the workspace in use did not say so"
import -window root "$out/desktop-in-use.png"
message=$(xdotool search --onlyvisible --name "^$in_use" | head -n 1)
xdotool windowfocus --sync "$message" key Return
wait_for 60 _gone "$second" || fail "the second desktop did not quit after saying the workspace is in use"
kill -0 "$first" 2>/dev/null || fail "the first desktop stopped when the second started"
quit_desktop "$first" "$first_window" || fail "the first desktop did not quit from its menu after the second had gone"
ok "a second desktop on the workspace in use said so ($out/desktop-in-use.png) and quit; the first went on"

echo "== headless server"
# its data folder as an older version (or a careless copy) left it, readable by all: the server makes it owner-only
banfile=$HOME/.chatroom/server/.metadata/.plugins/org.chatroom.room/bans.txt
mkdir -p "$(dirname "$banfile")" && printf 'mallory\n' >"$banfile" && chmod -R go+rX "$HOME/.chatroom/server"
mkfifo "$out/server.in"
"$product/chatroom-server" --port 0 --bind 127.0.0.1 <"$out/server.in" >"$out/server.log" 2>&1 &
server=$!   # the launcher script execs the JVM: this is the JVM's pid
track "$server"
exec 3>"$out/server.in"   # the host console's input; closed below to check that its end keeps the room
port=$(server_port "$out/server.log" "$server") || fail "chatroom-server exited or reported no port within 120 s"
ok "listening on port $port"
# a second server on the same data folder: one line saying so, exit code 1, no stack trace, the first one serving
code=0
timeout 120 "$product/chatroom-server" --port 0 --bind 127.0.0.1 </dev/null >"$out/server-second.log" 2>&1 || code=$?
[ "$code" = 1 ] || fail "a second server on the data folder in use exited with $code, not 1: $(head -n 5 "$out/server-second.log")"
grep -q "is in use by another chatroom-server" "$out/server-second.log" \
    || fail "a second server on the data folder in use did not say so: $(head -n 5 "$out/server-second.log")"
! grep -q "Exception" "$out/server-second.log" \
    || fail "a second server on the data folder in use printed stack traces ($out/server-second.log)"
kill -0 "$server" 2>/dev/null || fail "the server stopped when a second one started on its data folder"
ok "a second server on the data folder in use said so in one line and exited with 1; the first one serves on"
# what --set takes, listed by the installed product itself (it has no PROTOCOL.md), beside a running server; a
# misspelt setting is refused with the one meant
timeout 120 "$product/chatroom-server" --settings </dev/null >"$out/server-settings.txt" 2>&1 \
    || fail "chatroom-server --settings exited with $?: $(head -n 5 "$out/server-settings.txt")"
grep -qx '  max.message.bytes = 4096' "$out/server-settings.txt" && grep -qx '  port = 53000' "$out/server-settings.txt" \
    && grep -qx '  rate.per.second = 20.0' "$out/server-settings.txt" \
    || fail "chatroom-server --settings does not list the room's defaults: $(head -n 12 "$out/server-settings.txt")"
code=0
CHATROOM_SERVER_DATA=$out/misspelt timeout 120 "$product/chatroom-server" --port 0 --bind 127.0.0.1 \
    --set rate.per.secnd=0 </dev/null >"$out/server-misspelt.log" 2>&1 || code=$?
[ "$code" = 1 ] && grep -q 'Not started: The room has no setting "rate.per.secnd": did you mean "rate.per.second"?' \
    "$out/server-misspelt.log" || fail "a misspelt setting: exit $code, $(head -n 5 "$out/server-misspelt.log")"
ok "chatroom-server --settings lists the $(grep -c '^  [a-z]' "$out/server-settings.txt") room settings with their defaults; a misspelt one is refused with the one meant"
python3 "$lib/handshake_check.py" "$port" >"$out/handshake.log" 2>&1 3>&- &   # not holding the console fifo
handshake=$!
track "$handshake"
jcmd "$server" VM.class_hierarchy >"$out/server-classes.txt" 2>&1 \
    || fail "jcmd could not list the server's loaded classes: $(head -n 3 "$out/server-classes.txt")"
grep -q 'org\.chatroom\.server\.internal\.ServerApplication' "$out/server-classes.txt" \
    || fail "jcmd's list of loaded classes lacks the server's own application class"
if grep -q 'org\.eclipse\.swt\.' "$out/server-classes.txt"; then
    fail "SWT classes are loaded in the headless server: $(grep -m 3 'org\.eclipse\.swt\.' "$out/server-classes.txt")"
fi
ok "no SWT class among the $(grep -c . "$out/server-classes.txt") loaded classes"
# the server's own bundle list (chatroom-jvm.sh): without it, the workbench's DS components and EMF load here too
if grep -q 'org\.eclipse\.\(e4\|emf\|jface\)\.' "$out/server-classes.txt"; then
    fail "desktop bundles' classes are loaded in the headless server: $(grep -m 3 'org\.eclipse\.\(e4\|emf\|jface\)\.' "$out/server-classes.txt")"
fi
ok "no workbench, EMF or JFace class in the server (its bundle list leaves the desktop's bundles out)"
python3 "$lib/seed_client.py" "$port" smoke hello || fail "original-protocol exchange with chatroom-server"
ok "original protocol exchange"
python3 "$lib/defaults_check.py" spec "$product" "$root/bundles/org.chatroom.protocol/PROTOCOL.md" \
    || fail "the shipped defaults differ from PROTOCOL.md"
python3 "$lib/defaults_check.py" limits "$port" || fail "the running room does not enforce PROTOCOL.md's defaults"
ok "defaults as PROTOCOL.md says, in the shipped metatype and in the running room (4,096 bytes, bursts of 40; both transports' admission limits)"
python3 "$lib/kick_check.py" "$port" "$out/server.in" || fail "kick through the host console of chatroom-server"
grep -q "Removed victim." "$out/server.log" || fail "the host console did not answer the kick"
exec 3>&-
console_ended() { ! jcmd "$server" Thread.print 2>/dev/null | grep -q '"chatroom-server-console"'; }
wait_for 20 console_ended || fail "the host console thread still runs after the end of stdin"
python3 "$lib/seed_client.py" "$port" after || fail "chatroom-server stopped serving at the end of its stdin"
ok "kick through the host console; the end of stdin ended the console thread, the room still serves"

echo "== desktop connects at start (the auto-connect preference)"
ws=$out/workspace-auto
settings=$ws/.metadata/.plugins/org.eclipse.core.runtime/.settings
mkdir -p "$settings"
printf 'eclipse.preferences.version=1\nhost=127.0.0.1\nport=%s\nnickname=autodesk\nautoConnect=true\n' "$port" \
    >"$settings/org.chatroom.ui.prefs"
python3 "$lib/desktop_autoconnect.py" "$port" "$product" "$ws" "$out/desktop-auto.log" \
    || fail "the desktop did not connect at start"
ok "the desktop joined the room in its preferences at start, nobody clicking"
# ended by a signal, the desktop and the console leave as Disconnect and /quit do: the others read a quit, not a lost
# connection (each wrote its leave before its JVM ended)
python3 "$lib/leave_check.py" "$port" autodesk TERM env CHATROOM_DATA="$ws" "$product/chatroom" -consoleLog \
    || fail "the desktop ended by SIGTERM did not leave the room before it ended"
python3 "$lib/leave_check.py" "$port" carla INT "$product/chatroom" --console --host 127.0.0.1 --port "$port" \
    --name carla || fail "the console client ended by Ctrl+C (SIGINT) did not leave the room before it ended"
ok "the desktop ended by SIGTERM and the console by Ctrl+C each left the room with a quit"
# the console reads stdin: the lines go in once it has joined, its input ends once they came back (bounded)
mkfifo "$out/console.in"
timeout 180 "$product/chatroom" --console --host 127.0.0.1 --port "$port" --name ada \
    <"$out/console.in" >"$out/console.log" 2>&1 &
console=$!
track "$console"
exec 3>"$out/console.in"
wait_log "$out/console.log" "Joined the room" || fail "the console client did not join within 120 s"
# a line piped into a console as it starts waits until it is connected (it was refused as "not connected"), the end
# of input after it leaves with 0, and the member already there sees the line
printf 'piped before joining\n' | timeout 120 "$product/chatroom" --console --host 127.0.0.1 --port "$port" \
    --name piper >"$out/console-piped.log" 2>&1 || fail "a piped chatroom --console failed: $(cat "$out/console-piped.log")"
if grep -q "not sent" "$out/console-piped.log"; then fail "the piped line was refused: $(cat "$out/console-piped.log")"; fi
wait_log "$out/console.log" "<piper> piped before joining" || fail "the line piped into a starting console never came"
printf 'hello from the console\n/help\n/me waves\n' >&3
wait_log "$out/console.log" "\* ada waves" || true
exec 3>&-
wait "$console" || fail "chatroom --console exited with an error"
grep -q "<ada> hello from the console" "$out/console.log" || fail "the console client did not see its message relayed"
grep -q "\* ada waves" "$out/console.log" || fail "the console client's /me was not relayed"
grep -q "^-- Commands: /me TEXT" "$out/console.log" || fail "the console client did not list its commands on /help"
if grep -q "Unknown command /help" "$out/console.log"; then fail "the console client sent /help to the room"; fi
# by default the console speaks the rooms protocol, as the desktop does: each line after its room's name
grep -q "^#general \[[0-9:]*\] -- Joined the room general" "$out/console.log" \
    || fail "the console client did not join the default room over the rooms protocol: $(head -n 5 "$out/console.log")"
ok "console client joined, sent, and saw the room"
wait "$handshake" || fail "the default handshake timeout: $(cat "$out/handshake.log")"
cat "$out/handshake.log"
kill -TERM "$server"
# 30 s: its first run writes the class data sharing archive (DATA/cds) as its JVM exits
wait_for 30 _gone "$server" || fail "chatroom-server still running 30 s after SIGTERM"
code=0; wait "$server" || code=$?
grep -q "Chatroom room stopped." "$out/server.log" || fail "chatroom-server did not report a clean stop"
ok "stopped on SIGTERM (exit code $code)"
[ "$code" -eq 0 ] || [ "$code" -eq 143 ] || fail "exit code $code after SIGTERM"
readable=$(find "$HOME/.chatroom/server" -mindepth 1 ! -type l -perm /077 -printf '%M %P\n' | head -n 5)
[ -z "$readable" ] || fail "others may read what is in the server's data folder: $readable"
ok "everything in the server's data folder is its owner's only (bans, configuration area, room log)"

echo "== the room's history survives a restart of the server (SQLite in its data folder)"
history_data=$out/server-history
mkfifo "$out/history1.in"
CHATROOM_SERVER_DATA=$history_data "$product/chatroom-server" --port 0 --bind 127.0.0.1 <"$out/history1.in" \
    >"$out/server-history1.log" 2>&1 &
server=$!
track "$server"
exec 4>"$out/history1.in"   # held open: the server reads its console until the stop typed below
port=$(server_port "$out/server-history1.log" "$server") || fail "chatroom-server exited or reported no port within 120 s"
python3 "$lib/history_check.py" say "$port" ada "remember-me-$$" || fail "could not say a line in the default room"
# the host stops this run from its console, with a reason the member present is told
python3 "$lib/stop_check.py" "$port" "$out/history1.in" "back in ten minutes" 4>&- \
    || fail "stop REASON on the host console: the member was not told the reason"
wait_for 30 _gone "$server" || fail "chatroom-server still running 30 s after stop on its console"
code=0
wait "$server" || code=$?
exec 4>&-
[ "$code" = 0 ] || fail "chatroom-server stopped from its console exited with $code, not 0"
grep -q "Chatroom room stopping: The server is shutting down: back in ten minutes" "$out/server-history1.log" \
    || fail "the server's log does not give the host's reason for the stop"
ok "stop REASON on the host console: the member was told the reason, the server stopped with 0"
[ -s "$history_data/.metadata/.plugins/org.chatroom.log.sqlite/roomlog.db" ] \
    || fail "no history file in the server's data folder ($history_data)"
ircport=$(free_port)
printf 'port=%s\ntls.port=-1\nnetwork=Office\n' "$ircport" >"$out/irc.properties"
CHATROOM_SERVER_DATA=$history_data "$product/chatroom-server" --port 0 --bind 127.0.0.1 --irc "$out/irc.properties" \
    </dev/null >"$out/server-history2.log" 2>&1 &
server=$!
track "$server"
port=$(server_port "$out/server-history2.log" "$server") || fail "chatroom-server did not start again on its data"
python3 "$lib/history_check.py" recall "$port" bea "remember-me-$$" \
    || fail "the line said before the restart is not in the history on join"
ok "a line said before a restart comes back as history on join (roomlog.db in the server's data folder)"
grep -q "$history_data/cds/[0-9]*\.jsa" "/proc/$server/maps" \
    || fail "the restarted server did not map the class data sharing archive its first run wrote ($history_data/cds)"
ok "the restarted server mapped the class archive its first run wrote (DATA/cds)"
python3 "$lib/irc_check.py" "$ircport" "$port" "hello IRC $$" \
    || fail "chatroom-server --irc: the IRC user did not hear the original-protocol user in #general"
grep -q "IRC clients connect on /127.0.0.1:$ircport (settings from $out/irc.properties)" "$out/server-history2.log" \
    || fail "the IRC listener did not bind where the room does (--bind 127.0.0.1)"
# another run asked for IRC on the port this one has: it says that its IRC listener does not listen and stops
code=0
CHATROOM_SERVER_DATA=$out/irc-taken timeout 120 "$product/chatroom-server" --port 0 --bind 127.0.0.1 \
    --irc "$out/irc.properties" </dev/null >"$out/server-irc-taken.log" 2>&1 || code=$?
[ "$code" = 1 ] || fail "a server whose IRC port is taken exited with $code, not 1 ($out/server-irc-taken.log)"
grep -q "The IRC listener of .* does not listen: java.net.BindException: Address already in use" "$out/server-irc-taken.log" \
    || fail "a server whose IRC port is taken did not say so ($out/server-irc-taken.log)"
stop_process "$server" || true
ok "chatroom-server --irc FILE: an IRC user in #general hears an original-protocol user; IRC binds like the room"
ok "a run whose IRC port another run has says that its IRC listener does not listen, and exits with 1"

echo "== --history FILE: a run keeps its rooms' history where the file says; the next run without it, in the data folder"
elsewhere=$out/history-elsewhere
printf 'folder=%s\nqueue.limit=5000\n' "$elsewhere" >"$out/history.properties"
CHATROOM_SERVER_DATA=$history_data "$product/chatroom-server" --port 0 --bind 127.0.0.1 \
    --history "$out/history.properties" </dev/null >"$out/server-history3.log" 2>&1 &
server=$!
track "$server"
port=$(server_port "$out/server-history3.log" "$server") || fail "chatroom-server --history did not start"
python3 "$lib/history_check.py" absent "$port" cid "remember-me-$$" \
    || fail "chatroom-server --history: the run's history is not the one its file names"
python3 "$lib/history_check.py" say "$port" cid "elsewhere-$$" || fail "could not say a line with --history"
stop_process "$server" || true
[ -s "$elsewhere/roomlog.db" ] || fail "chatroom-server --history: no roomlog.db in the folder the file names"
CHATROOM_SERVER_DATA=$history_data "$product/chatroom-server" --port 0 --bind 127.0.0.1 </dev/null \
    >"$out/server-history4.log" 2>&1 &
server=$!
track "$server"
port=$(server_port "$out/server-history4.log" "$server") || fail "chatroom-server did not start after a --history run"
python3 "$lib/history_check.py" recall "$port" dee "remember-me-$$" \
    || fail "a run without --history after one with it did not find the data folder's history"
python3 "$lib/history_check.py" absent "$port" dee "elsewhere-$$" \
    || fail "a run without --history still used the folder an earlier run's --history named"
stop_process "$server" || true
ok "--history FILE: the history where the file says (folder=...); the next run without it uses the data folder's"

echo "== a server run with its own settings, then the desktop hosts: its own settings, not the server's"
"$product/chatroom-server" --port 0 --bind 127.0.0.1 --set rate.per.second=0 </dev/null >"$out/server2.log" 2>&1 &
server=$!
track "$server"
port=$(server_port "$out/server2.log" "$server") || fail "chatroom-server exited or reported no port within 120 s"
[ "$(python3 "$lib/room_probe.py" flood "$port" flooder)" = unlimited ] \
    || fail "chatroom-server --set rate.per.second=0 still limits the rate"
ok "--set rate.per.second=0 applies to this run"
stop_process "$server" || true
hostport=$(free_port)
ws=$out/workspace-host
settings=$ws/.metadata/.plugins/org.eclipse.core.runtime/.settings
mkdir -p "$settings"
printf 'eclipse.preferences.version=1\nhostingPort=%s\nnickname=hoster\n' "$hostport" >"$settings/org.chatroom.ui.prefs"
CHATROOM_DATA=$ws "$product/chatroom" -consoleLog -hostRoom >"$out/desktop-host.log" 2>&1 &
desktop=$!
track "$desktop"
where=$(python3 "$lib/room_probe.py" listen "$hostport" 120) || fail "the desktop did not host on port $hostport"
[ "$where" = all ] || fail "the desktop's room listens on $where, not on all interfaces (the server's --bind leaked)"
ok "the desktop's room listens on all interfaces"
[ "$(python3 "$lib/room_probe.py" flood "$hostport" flooder)" = limited ] \
    || fail "the desktop's room has no flood limit (the server's rate.per.second=0 leaked)"
ok "the desktop's room has the flood limit"
# stopped by a signal, the desktop stops its room as Stop Hosting does: a member is told why (it was cut off mute)
python3 "$lib/term_check.py" "$hostport" "$desktop" "The host closed the room." \
    || fail "a member of the room of a desktop stopped by SIGTERM was not told the room closed"
wait_for 60 _gone "$desktop" || fail "the desktop did not end on SIGTERM"
ok "a desktop stopped by SIGTERM tells its room's members that the room closed"
stop_process "$desktop" || true
# quit from its menu, as Stop Hosting does too ("The room is shutting down." it said: the bundles' stop)
CHATROOM_DATA=$ws "$product/chatroom" -consoleLog -hostRoom >"$out/desktop-quit.log" 2>&1 &
desktop=$!
track "$desktop"
python3 "$lib/room_probe.py" listen "$hostport" 120 >/dev/null || fail "the desktop did not host again on $hostport"
wait_window Chatroom "$desktop" || fail "the hosting desktop showed no window"
w=$(xdotool search --onlyvisible --name "^Chatroom" | head -n 1)
# Chat > Quit, then Quit in "Quit While Hosting?" (the member is in the room)
python3 "$lib/term_check.py" "$hostport" -- sh -c "xdotool windowfocus --sync $w key --window $w alt+c && sleep 1 \
    && xdotool key q && sleep 2 && xdotool key Return" "The host closed the room." \
    || fail "a member of the room of a desktop quit from its menu was not told the room closed"
wait_for 60 _gone "$desktop" || fail "the desktop did not quit from its menu"
ok "a desktop quit from its menu while hosting tells its room's members that the room closed"

listing >"$out/install-after.txt"
diff "$out/install-before.txt" "$out/install-after.txt" >"$out/install-diff.txt" \
    || fail "programs wrote into the read-only install folder: $(head -n 5 "$out/install-diff.txt")"
ok "nothing was written into the (read-only) install folder"
passed "product smoke test"
