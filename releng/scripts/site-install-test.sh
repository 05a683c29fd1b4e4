#!/usr/bin/env bash
# Install test of the Chatroom update site (releng/org.chatroom.site), the way an Eclipse IDE user installs it:
#  1. the p2 director (tycho-p2-director-plugin:director, standalone) installs a fresh Eclipse platform without any
#     Chatroom bundle - workbench, SWT, launcher, runtime, Felix SCR/ConfigAdmin and the start configuration - from
#     the product's p2 repository (releng/org.chatroom.product/target/repository);
#  2. a second director run installs org.chatroom.ide.feature from the update site ALONE into that installation
#     (as Help > Install New Software does), so the site must be self-sufficient for an IDE;
#  3. checks bundles.info: the ten Chatroom bundles of the feature are there, the server/console bundles are not,
#     and there is exactly one Felix SCR (the feature requires it, it must not bring a second copy);
#  4. starts the installed platform under Xvfb with -hostRoom and talks the original protocol to the hosted room.
# Needs the built site and product (./mvnw verify). Exits non-zero on the first failure.
set -euo pipefail
lib=$(cd "$(dirname "$0")" && pwd)/lib
. "$lib/common.sh"
root=$(cd "$(dirname "$0")/../.." && pwd)
site=$root/releng/org.chatroom.site/target/repository
platform=$root/releng/org.chatroom.product/target/repository
out=$root/releng/org.chatroom.site/target/install-test
dest=$out/eclipse
[ -f "$site/content.jar" ] || fail "no update site at $site (build first)"
[ -f "$platform/content.jar" ] || fail "no product repository at $platform (build first)"
rm -rf "$out" && mkdir -p "$out"

director() {
    local log=$1; shift
    (cd "$root" && ./mvnw -B -N -q org.eclipse.tycho:tycho-p2-director-plugin:"${TYCHO_VERSION:-4.0.13}":director \
        -Ddestination="$dest" -Dprofile=ChatroomIDE "$@") >"$log" 2>&1
}

echo "== fresh platform from the product repository (no Chatroom bundle)"
base_ius=(
    toolingorg.chatroom.product.configuration tooling.osgi.bundle.default tooling.org.eclipse.update.feature.default
    org.eclipse.equinox.launcher org.eclipse.equinox.launcher.gtk.linux.x86_64 org.eclipse.equinox.event
    org.eclipse.core.runtime org.eclipse.ui org.eclipse.ui.workbench org.eclipse.swt.gtk.linux.x86_64
    org.eclipse.e4.ui.workbench.swt org.eclipse.e4.ui.workbench.renderers.swt org.eclipse.e4.ui.workbench.addons.swt
    org.eclipse.e4.ui.css.swt.theme
)
director "$out/director-platform.log" -Drepositories="file://$platform" -Dp2.os=linux -Dp2.ws=gtk -Dp2.arch=x86_64 \
    -Droaming=true -DinstallIUs="$(IFS=,; echo "${base_ius[*]}")" || fail "the director could not install the platform"
info=$dest/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
[ -f "$info" ] || fail "no bundles.info after installing the platform"
if grep -q '^org\.chatroom\.' "$info"; then fail "the fresh platform already has Chatroom bundles"; fi
ok "platform installed, $(grep -vc '^#' "$info") bundles, none of them Chatroom"

echo "== org.chatroom.ide.feature from the update site alone"
director "$out/director-feature.log" -Drepositories="file://$site" -DinstallIUs=org.chatroom.ide.feature.feature.group \
    || fail "the director could not install org.chatroom.ide.feature from the update site"
for b in api protocol transport.socket transport.tls room log.memory log.sqlite client client.irc ui; do
    grep -q "^org\.chatroom\.$b,[^,]*,plugins/org\.chatroom\.${b}_" "$info" || fail "bundles.info lacks org.chatroom.$b"
done
for b in server console testing; do
    if grep -q "^org\.chatroom\.$b," "$info"; then fail "the IDE feature installed org.chatroom.$b"; fi
done
[ "$(grep -c '^org\.apache\.felix\.scr,' "$info")" -eq 1 ] || fail "not exactly one Felix SCR in bundles.info"
[ -d "$dest"/features/org.chatroom.ide.feature_* ] || fail "the feature folder is missing"
ok "bundles.info lists the ten Chatroom bundles, no server/console bundle, one Felix SCR"

echo "== the installed Chatroom views host a room"
port=$(free_port)
settings=$out/workspace/.metadata/.plugins/org.eclipse.core.runtime/.settings
mkdir -p "$settings" "$out/home"
printf 'eclipse.preferences.version=1\nhostingPort=%s\nnickname=ide\n' "$port" >"$settings/org.chatroom.ui.prefs"
launcher=$(ls "$dest"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
start_display
HOME=$out/home java -jar "$launcher" -data "$out/workspace" -hostRoom -consoleLog >"$out/app.log" 2>&1 &
app=$!
track "$app"
port_open() { kill -0 "$app" 2>/dev/null || return 0; (exec 9<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }
wait_for 180 port_open && kill -0 "$app" 2>/dev/null \
    || fail "the installed application exited or did not host a room on port $port within 180 s"
python3 "$lib/seed_client.py" "$port" guest || fail "original-protocol exchange with the room hosted by the installed views"
ok "the room hosted by the installed views answers the original protocol"
stop_process "$app" || true
passed "site install test"
