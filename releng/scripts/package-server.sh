#!/usr/bin/env bash
# Builds the headless server package from the built Linux product:
#   releng/scripts/package-server.sh [VERSION]          (default 1.0.0-1)
# -> releng/org.chatroom.product/target/packages/chatroom-server_VERSION_amd64.deb
# The package (files in releng/org.chatroom.product/packaging/server-deb/):
#   /usr/lib/chatroom-server/app       the product (read-only; Equinox uses it as its shared configuration)
#   /usr/lib/chatroom-server/runtime   a jlinked Java runtime (no Java package needed, no GTK)
#   /usr/lib/chatroom-server/bin/chatroom-server-service   the service's start command
#   /lib/systemd/system/chatroom-server.service            hardened unit, user chatroom
#   /etc/chatroom-server/chatroom-server.conf              options (conffile); /etc/chatroom-server/password
#   /var/lib/chatroom-server                               data (made by postinst, removed on purge)
# Needs dpkg-deb and a JDK 17+ (jlink). Tested by releng/scripts/deb-install-test.sh.
set -euo pipefail
lib=$(cd "$(dirname "$0")" && pwd)/lib
. "$lib/common.sh"
root=$(cd "$(dirname "$0")/../.." && pwd)
version=${1:-1.0.0-1}
product=$root/releng/org.chatroom.product/target/products/org.chatroom.product/linux/gtk/x86_64/chatroom
files=$root/releng/org.chatroom.product/packaging/server-deb
out=$root/releng/org.chatroom.product/target/packages
stage=$out/server-stage
[ -d "$product/plugins" ] || fail "no product at $product (build first)"
command -v jlink >/dev/null || fail "no jlink (a JDK 17+ has it)"
command -v dpkg-deb >/dev/null || fail "no dpkg-deb"
start=$(date +%s)
rm -rf "$stage" && mkdir -p "$stage/DEBIAN" "$out"
home=$stage/usr/lib/chatroom-server

# the product without the desktop launcher script (the server loads no SWT; its bundles stay, bundles.info lists them)
mkdir -p "$home/bin"
cp -r "$product" "$home/app"
drop_prepared_state "$home/app"
rm -f "$home/app/chatroom"
# the modules the product needs (jdeps plus what Equinox reaches by reflection, TLS, locale data), as the app image
jlink --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.scripting,java.sql,java.xml,jdk.crypto.ec,jdk.localedata,jdk.unsupported,jdk.xml.dom,jdk.zipfs \
    --strip-debug --no-man-pages --no-header-files --compress=2 --generate-cds-archive --output "$home/runtime" \
    || fail "jlink failed"
# the runtime's class data sharing archive (--generate-cds-archive): the JDK's classes mapped ready at every start, and
# the base the launcher's own archive of the server's classes builds on (chatroom-jvm.sh); the variant for heaps
# over 32 GB (no compressed pointers) goes
rm -f "$home/runtime/lib/server/classes_nocoops.jsa"
install -m 0755 "$files/chatroom-server-service" "$home/bin/"
install -D -m 0644 "$files/chatroom-server.service" "$stage/lib/systemd/system/chatroom-server.service"
install -D -m 0644 "$files/chatroom-server.conf" "$stage/etc/chatroom-server/chatroom-server.conf"
install -D -m 0644 "$files/README.Debian" "$stage/usr/share/doc/chatroom-server/README.Debian"
for f in postinst prerm postrm; do install -m 0755 "$files/$f" "$stage/DEBIAN/"; done
install -m 0644 "$files/conffiles" "$stage/DEBIAN/"
size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@SIZE@/$size/" "$files/control" >"$stage/DEBIAN/control"
deb=$out/chatroom-server_${version}_amd64.deb
# gzip: the jars are compressed already, xz would take minutes for a few percent
dpkg-deb --root-owner-group -Zgzip --build "$stage" "$deb" >/dev/null || fail "dpkg-deb failed"
rm -rf "$stage"
echo "built $(basename "$deb"): $(du -h "$deb" | cut -f1) (installed $((size / 1024)) MB) in $(( $(date +%s) - start )) s"
