#!/usr/bin/env bash
# Installs, upgrades, removes and purges both Debian packages for real on this machine (needs root or sudo; run it
# on a CI machine or a throwaway container, it adds and deletes the system user "chatroom"):
#   releng/scripts/deb-install-test.sh
# Packages: releng/org.chatroom.product/target/packages/chatroom-server_1.0.0-1_amd64.deb (package-server.sh) and
# releng/org.chatroom.product/target/jpackage/chatroom_1.0.0-1_amd64.deb (package-linux.sh deb).
# Server package: apt-get install ./x.deb; the system user, folders and modes; then the unit's ExecStart command, run
# as the unit's user (systemd does not run in a container: runuser starts it, with the unit's stdin and working
# folder), answers the original protocol on the port of /etc/chatroom-server/chatroom-server.conf; reinstall and an
# upgrade to a higher version keep the edited configuration and the data; remove keeps them; purge leaves nothing.
# Desktop package: installs where xdg-desktop-menu fails ("No writable system menu directory found", as on a server
# or in a container) and removes and purges cleanly.
set -euo pipefail
lib=$(cd "$(dirname "$0")" && pwd)/lib
. "$lib/common.sh"
root=$(cd "$(dirname "$0")/../.." && pwd)
target=$root/releng/org.chatroom.product/target
server_deb=$target/packages/chatroom-server_1.0.0-1_amd64.deb
desktop_deb=$(ls "$target"/jpackage/chatroom_*_amd64.deb 2>/dev/null | head -n 1 || true)
out=$target/deb-install-test
rm -rf "$out" && mkdir -p "$out"
[ -f "$server_deb" ] || fail "no $server_deb (releng/scripts/package-server.sh)"
[ -n "$desktop_deb" ] || fail "no desktop .deb in $target/jpackage (releng/scripts/package-linux.sh deb)"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
export DEBIAN_FRONTEND=noninteractive
apt_get() { $sudo apt-get -y -q -o Dpkg::Use-Pty=0 "$@" >>"$out/apt.log" 2>&1; }
installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }
for p in chatroom-server chatroom; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "installed" && fail "$p is installed already: purge it first"
done
getent passwd chatroom >/dev/null && fail "a user chatroom exists already"
unit=/lib/systemd/system/chatroom-server.service
conf=/etc/chatroom-server/chatroom-server.conf

# starts the unit's ExecStart as its User with its stdin and working folder; checks the room answers, then stops it
run_service() {
    local label=$1 port=$2 exec_start user log=$out/service-$1.log
    exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
    user=$(sed -n 's/^User=//p' "$unit")
    [ -n "$exec_start" ] && [ "$user" = chatroom ] || fail "the unit has no ExecStart or runs as '$user'"
    (cd "$(sed -n 's/^WorkingDirectory=//p' "$unit")" && exec $sudo runuser -u "$user" -- $exec_start) \
        </dev/null >"$log" 2>&1 &
    local pid=$!
    track "$pid"
    local got
    got=$(server_port "$log" "$pid") || fail "$label: the service command exited or reported no port within 120 s"
    [ "$got" = "$port" ] || fail "$label: listens on $got, not on the configured $port"
    python3 "$lib/seed_client.py" "$port" "pkg$label" hello || fail "$label: original-protocol exchange"
    local jvm=$pid
    while [ "$(ps -o comm= -p "$jvm")" != java ]; do   # runuser (and sudo) wait for their child: find the JVM
        jvm=$(pgrep -P "$jvm" | head -n 1) || fail "$label: no JVM under process $pid"
    done
    track "$jvm"
    [ "$(ps -o user= -p "$jvm")" = chatroom ] || fail "$label: the server runs as '$(ps -o user= -p "$jvm")'"
    $sudo kill -TERM "$jvm"
    # 30 s: a first run writes its class data sharing archive as the JVM exits (chatroom-jvm.sh)
    wait_for 30 _gone "$pid" || fail "$label: the service still runs 30 s after SIGTERM"
    grep -q "Chatroom room stopped." "$log" || fail "$label: no clean stop"
    ok "$label: the unit's command, as user chatroom, answers on the configured port $port and stops on SIGTERM"
}

echo "== chatroom-server: install"
dpkg-deb -f "$server_deb" Depends | grep -qi gtk && fail "the server package depends on GTK"
apt_get install "$server_deb" || fail "apt-get install $(basename "$server_deb") failed"
installed chatroom-server || fail "chatroom-server is not installed ok"
entry=$(getent passwd chatroom) || fail "no system user chatroom"
uid=$(echo "$entry" | cut -d: -f3)
[ "$uid" -lt 1000 ] || fail "chatroom is not a system user (uid $uid)"
[ "$(echo "$entry" | cut -d: -f6,7)" = "/var/lib/chatroom-server:/usr/sbin/nologin" ] \
    || fail "chatroom's home and shell: $(echo "$entry" | cut -d: -f6,7)"
[ "$(stat -c '%U:%G %a' /var/lib/chatroom-server)" = "chatroom:chatroom 750" ] \
    || fail "/var/lib/chatroom-server: $(stat -c '%U:%G %a' /var/lib/chatroom-server)"
[ "$(stat -c '%U:%G %a' /etc/chatroom-server/password)" = "root:chatroom 640" ] \
    || fail "/etc/chatroom-server/password: $(stat -c '%U:%G %a' /etc/chatroom-server/password)"
[ -f "$conf" ] && [ -f "$unit" ] || fail "no configuration or unit file"
for option in NoNewPrivileges=yes ProtectSystem=strict ProtectHome=yes PrivateTmp=yes User=chatroom; do
    grep -qx "$option" "$unit" || fail "the unit lacks $option"
done
[ -L /etc/systemd/system/multi-user.target.wants/chatroom-server.service ] \
    || fail "the service is not enabled (no multi-user.target.wants link)"
ok "installed with apt-get: system user chatroom, data 0750, password file 0640, hardened unit, enabled"

port=$(free_port)
$sudo sed -i -e "s/^CHATROOM_PORT=.*/CHATROOM_PORT=$port/" -e "s/^CHATROOM_BIND=.*/CHATROOM_BIND=127.0.0.1/" "$conf"
touch "$out/before-start"
run_service install "$port"
[ -d /var/lib/chatroom-server/configuration ] || fail "no OSGi configuration area under /var/lib/chatroom-server"
written=$(find /usr/lib/chatroom-server -newer "$out/before-start" | head -n 3)
[ -z "$written" ] || fail "the server wrote into /usr/lib/chatroom-server: $written"
bad=$(find /var/lib/chatroom-server ! -user chatroom | head -n 3)
[ -z "$bad" ] || fail "files under /var/lib/chatroom-server not owned by chatroom: $bad"
$sudo runuser -u chatroom -- sh -c 'echo kept >/var/lib/chatroom-server/marker'

echo "== chatroom-server: reinstall, then upgrade to a higher version"
apt_get install --reinstall "$server_deb" || fail "reinstalling failed"
installed chatroom-server || fail "not installed ok after the reinstall"
mkdir -p "$out/repack"
dpkg-deb -R "$server_deb" "$out/repack/root"
sed -i 's/^Version: .*/Version: 1.0.0-2/' "$out/repack/root/DEBIAN/control"
dpkg-deb --root-owner-group -Zgzip -z1 --build "$out/repack/root" "$out/repack/chatroom-server_1.0.0-2_amd64.deb" \
    >/dev/null || fail "could not repack a 1.0.0-2"
rm -rf "$out/repack/root"
apt_get install "$out/repack/chatroom-server_1.0.0-2_amd64.deb" || fail "upgrading to 1.0.0-2 failed"
[ "$(dpkg-query -W -f='${Version}' chatroom-server)" = 1.0.0-2 ] || fail "not upgraded to 1.0.0-2"
grep -qx "CHATROOM_PORT=$port" "$conf" || fail "the upgrade lost the edited configuration"
[ "$(cat /var/lib/chatroom-server/marker)" = kept ] || fail "the upgrade lost the data"
run_service upgrade "$port"
ok "reinstalled and upgraded to 1.0.0-2; configuration and data kept; the service starts again"

echo "== chatroom-server: remove, then purge"
apt_get remove chatroom-server || fail "apt-get remove failed"
[ ! -e /usr/lib/chatroom-server ] || fail "/usr/lib/chatroom-server is left after remove"
[ -f /var/lib/chatroom-server/marker ] && [ -f "$conf" ] && getent passwd chatroom >/dev/null \
    || fail "remove deleted data, configuration or user (only purge may)"
apt_get purge chatroom-server || fail "apt-get purge failed"
left=$(ls -d /usr/lib/chatroom-server /etc/chatroom-server /var/lib/chatroom-server "$unit" \
    /etc/systemd/system/multi-user.target.wants/chatroom-server.service 2>/dev/null || true)
[ -z "$left" ] || fail "left after purge: $left"
getent passwd chatroom >/dev/null && fail "the user chatroom is left after purge"
getent group chatroom >/dev/null && fail "the group chatroom is left after purge"
status=$(dpkg-query -W -f='${Status}' chatroom-server 2>/dev/null || true)
[ -z "$status" ] || [ "$status" = "unknown ok not-installed" ] || fail "dpkg still has chatroom-server: $status"
ok "remove kept data, configuration and user; purge left no file, user, group or package record"

echo "== chatroom (desktop): install where there is no desktop menu"
menus=$(ls -d /etc/xdg/menus 2>/dev/null || true)
[ -z "$menus" ] || echo "note: this machine has $menus; xdg-desktop-menu may succeed here"
apt_get install "$desktop_deb" || { tail -n 20 "$out/apt.log"; fail "apt-get install $(basename "$desktop_deb") failed"; }
installed chatroom || fail "chatroom is not installed ok (half-configured?)"
[ -x /opt/chatroom/bin/Chatroom ] && [ -x /opt/chatroom/bin/chatroom-server ] || fail "no launchers in /opt/chatroom/bin"
grep -q "no desktop menu on this machine" "$out/apt.log" && ok "the menu entry was skipped with a note"
# which menu entries the maintainer scripts ask for, through an xdg-desktop-menu that notes its calls: the desktop
# client's only (jpackage gave the server and the console entries too), with the application's icon
mkdir -p "$out/fakebin"
printf '#!/bin/sh\necho "$*" >>"%s"\n' "$out/menu-calls" >"$out/fakebin/xdg-desktop-menu"
chmod +x "$out/fakebin/xdg-desktop-menu"
$sudo env PATH="$out/fakebin:$PATH" sh /var/lib/dpkg/info/chatroom.postinst configure >/dev/null 2>&1 \
    || fail "the desktop package's postinst failed"
$sudo env PATH="$out/fakebin:$PATH" sh /var/lib/dpkg/info/chatroom.prerm upgrade >/dev/null 2>&1 \
    || fail "the desktop package's prerm failed"
entry=/opt/chatroom/lib/chatroom-Chatroom.desktop
[ "$(cat "$out/menu-calls")" = "install $entry
uninstall $entry" ] || fail "menu entries asked for: $(cat "$out/menu-calls")"
icon=$(sed -n 's/^Icon=//p' "$entry")
[ -s "$icon" ] && cmp -s "$icon" "$root/bundles/org.chatroom.ui/icons/app/chatroom-256.png" \
    || fail "the menu entry's icon $icon is not the application's"
left=$(LC_ALL=C ls /opt/chatroom/lib/*.desktop /opt/chatroom/lib/*.png | tr '\n' ' ')
[ "$left" = "/opt/chatroom/lib/Chatroom.png $entry " ] \
    || fail "menu entries or icons besides the desktop client's in /opt/chatroom/lib: $left"
ok "one menu entry, the desktop client's, with the application's icon; no other entry or icon is installed"
apt_get remove chatroom || { tail -n 20 "$out/apt.log"; fail "apt-get remove chatroom failed"; }
apt_get purge chatroom || fail "apt-get purge chatroom failed"
[ ! -e /opt/chatroom ] || fail "/opt/chatroom is left after purge"
ok "the desktop package installed, removed and purged on a machine without menus"
passed "deb install test"
