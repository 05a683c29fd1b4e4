#!/usr/bin/env bash
# Packages the Linux desktop product with a bundled Java runtime, using jpackage from the JDK (17+):
#   releng/scripts/package-linux.sh [app-image|deb]      (default: app-image)
# app-image: releng/org.chatroom.product/target/jpackage/Chatroom/ with bin/Chatroom (desktop client),
#            bin/chatroom-server (headless room), bin/chatroom-console (console client) and lib/runtime (a jlinked
#            Java runtime): no Java needed to run it.
# deb:       releng/org.chatroom.product/target/jpackage/chatroom_1.0.0-1_amd64.deb (needs fakeroot and dpkg-deb),
#            installing into /opt/chatroom with a menu entry; its maintainer scripts
#            (releng/org.chatroom.product/packaging/desktop-deb/) tolerate a machine without menus.
# The headless server has a package of its own (package-server.sh). Tests: package-test.sh (the result runs),
# deb-install-test.sh (both packages installed, upgraded and purged for real).
# The bundled runtime has the modules the product needs (jdeps plus what it reaches by reflection, TLS and
# locale data); CHATROOM_JPACKAGE_OPTS adds jpackage options.
set -euo pipefail
lib=$(cd "$(dirname "$0")" && pwd)/lib
. "$lib/common.sh"
root=$(cd "$(dirname "$0")/../.." && pwd)
type=${1:-app-image}
product=$root/releng/org.chatroom.product/target/products/org.chatroom.product/linux/gtk/x86_64/chatroom
resources=$root/releng/org.chatroom.product/packaging/desktop-deb
out=$root/releng/org.chatroom.product/target/jpackage
[ -d "$product/plugins" ] || fail "no product at $product (build first)"
command -v jpackage >/dev/null || fail "no jpackage (a JDK 17+ has it)"
if [ "$type" = deb ]; then
    command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null \
        || fail "--type deb needs fakeroot and dpkg-deb (apt-get install fakeroot dpkg-dev)"
fi
rm -rf "$out" && mkdir -p "$out"

# jpackage's input: the product without its sh launcher scripts (jpackage makes native launchers instead). The runtime
# gets the JDK's class data sharing archive (--generate-cds-archive: a jlinked runtime has none otherwise), the server
# the launcher script's JIT thresholds and its default maximum heap (chatroom-server, chatroom-jvm.sh).
input=$out/input
cp -r "$product" "$input"
drop_prepared_state "$input"
rm -f "$input/chatroom" "$input/chatroom-server" "$input/chatroom-jvm.sh"
launcher=$(cd "$input" && ls plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
# jpackage's --arguments apply only when the user gives none, so the application is chosen by system properties,
# which take precedence over config.ini; -data is replaced by the instance-area default (@user.home is Equinox's).
# Each program has its own configuration area under its data folder, never in the (read-only, shared) app image.
# The server and the console run in a terminal or as a service: the package's postinst installs the desktop client's
# menu entry only (jpackage 17 writes one for each launcher, and takes no linux-shortcut=false per launcher).
cat >"$out/server.properties" <<PROPS
java-options=-XX:CompileThresholdScaling=10 -Xmx512m -XX:G1PeriodicGCInterval=60000 -Dequinox.log.capture.entry.location=false -Djava.awt.headless=true -Declipse.application=org.chatroom.server.application -Dosgi.instance.area.default=@user.home/.chatroom/server -Dosgi.configuration.area.default=@user.home/.chatroom/server/configuration
PROPS
cat >"$out/console.properties" <<PROPS
java-options=-Djava.awt.headless=true -Declipse.application=org.chatroom.console.application -Dosgi.instance.area.default=@user.home/.chatroom/console -Dosgi.configuration.area.default=@user.home/.chatroom/console/configuration
PROPS
deb_options=()
if [ "$type" = deb ]; then
    deb_options=(--linux-package-name chatroom --linux-shortcut --install-dir /opt --linux-package-deps libgtk-3-0
        --resource-dir "$resources")
fi
start=$(date +%s)
# shellcheck disable=SC2086 # CHATROOM_JPACKAGE_OPTS is a list of options
jpackage --type "$type" --dest "$out" --name Chatroom --app-version 1.0.0 --vendor Chatroom \
    --description "Chatroom: desktop chat client and headless room server" \
    --input "$input" --main-jar "$launcher" --main-class org.eclipse.equinox.launcher.Main \
    --icon "$root/bundles/org.chatroom.ui/icons/app/chatroom-256.png" \
    --java-options '-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms160m -Xmn12m -Xmx1g -XX:MetaspaceSize=64m -XX:TrimNativeHeapInterval=2000' \
    --java-options '-Dosgi.instance.area.default=@user.home/.chatroom/workspace -Dosgi.configuration.area.default=@user.home/.chatroom/workspace/.metadata/configuration' \
    --add-launcher chatroom-server="$out/server.properties" \
    --add-launcher chatroom-console="$out/console.properties" \
    --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.scripting,java.sql,java.xml,jdk.crypto.ec,jdk.localedata,jdk.unsupported,jdk.xml.dom,jdk.zipfs \
    --jlink-options '--strip-debug --no-man-pages --no-header-files --generate-cds-archive' \
    ${CHATROOM_JPACKAGE_OPTS:-} "${deb_options[@]}" \
    || fail "jpackage failed"
seconds=$(( $(date +%s) - start ))
rm -rf "$input"
if [ "$type" = deb ]; then
    deb=$(ls "$out"/*.deb | head -n 1)
    # jpackage 17 also writes the server's and the console's menu entries and icons into lib/, which nothing uses
    # (the postinst installs the desktop client's entry only): the package is made again without them
    pkg=$out/unpacked
    rm -rf "$pkg" && dpkg-deb -R "$deb" "$pkg" || fail "dpkg-deb could not unpack $deb"
    for unused in chatroom-chatroom-server.desktop chatroom-chatroom-console.desktop chatroom-server.png \
            chatroom-console.png; do
        rm -f "$pkg/opt/chatroom/lib/$unused"
        [ ! -f "$pkg/DEBIAN/md5sums" ] || sed -i "\\| opt/chatroom/lib/$unused\$|d" "$pkg/DEBIAN/md5sums"
    done
    fakeroot dpkg-deb --build --root-owner-group "$pkg" "$deb" >/dev/null || fail "dpkg-deb could not build $deb"
    rm -rf "$pkg"
    echo "built $(basename "$deb"): $(du -h "$deb" | cut -f1) in ${seconds} s"
else
    echo "built app image $out/Chatroom: $(du -sh "$out/Chatroom" | cut -f1) (runtime $(du -sh "$out/Chatroom/lib/runtime" | cut -f1)) in ${seconds} s"
fi
