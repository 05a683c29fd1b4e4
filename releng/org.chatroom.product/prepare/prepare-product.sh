#!/usr/bin/env bash
# Prepares the materialized products for a faster first start (issue 11, "Performance"; README "Desktop performance").
# Run by the build (pom.xml, between materialize-products and archive-products):
#   prepare-product.sh JAVA PRODUCTS_DIR
# 1. Every product: the two jars the JVM itself loads classes from, the launcher jar (java -jar) and the framework
#    jar (org.eclipse.osgi, loaded by the launcher through a URLClassLoader), lose their signature files and their
#    manifests' per-entry digests (UnsignJar.java). The JVM parsed and checked both signatures (PKCS#7, certificate
#    chain, timestamp) and the SHA-256 digest of each of their classes on every start, and kept those classes out of
#    the class data sharing archive (it archives no class of a signed jar). Nothing in the product checks these
#    signatures (Equinox's signed-content support is off, there is no security manager); the classes are byte for
#    byte Eclipse's. The bundles' own jars are read by Equinox, which does not check them, and stay as they are.
# 2. The Linux product: its configuration/ folder gets the framework's state (the bundles installed from bundles.info
#    and resolved) and the extension registry's cache, written by one `-initialize` run. Each program still has a
#    configuration area of its own (the launcher scripts' -configuration); Equinox reads this one as the read-only
#    shared parent (osgi.sharedConfiguration.area, the install's configuration/) and starts from its state instead of
#    installing and resolving 90-odd bundles into an empty area. Equinox trusts that state only while every jar keeps
#    the modification time it had here (a copy that changes them, e.g. `cp -r`, falls back to installing, as before).
#    Nothing else stays: no bundle data, no lock files, no Configuration Admin data.
set -euo pipefail
java=$1
products=$2
here=$(cd "$(dirname "$0")" && pwd)
for product in "$products"/*/*/*/chatroom "$products"/*/*/*/chatroom.app/Contents/Eclipse; do
    [ -d "$product/plugins" ] || continue
    for jar in "$product"/plugins/org.eclipse.osgi_*.jar "$product"/plugins/org.eclipse.equinox.launcher_*.jar; do
        "$java" "$here/UnsignJar.java" "$jar"
        name=$(basename "$jar" .jar)
        # the p2 artifact list records the jar's size
        sed -i "/id='${name%%_*}' version='${name#*_}'/,/<\/artifact>/ s/name='download.size' value='[0-9]*'/name='download.size' value='$(stat -c %s "$jar")'/" \
            "$product/artifacts.xml"
    done
done
linux=$products/linux/gtk/x86_64/chatroom
[ -d "$linux/configuration" ] || exit 0
configuration=$linux/configuration
log=$(mktemp)
if ! "$java" -Djava.awt.headless=true -jar "$(ls "$linux"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)" \
        -initialize -consoleLog -configuration "$configuration" >"$log" 2>&1; then
    cat "$log"; rm -f "$log"; exit 1
fi
rm -f "$log"
[ -f "$configuration"/org.eclipse.osgi/framework.info.1 ] || { echo "prepare-product: no framework state written"; exit 1; }
# what stays: the framework's state and the registry's cache, with their storage managers' tables
find "$configuration"/org.eclipse.osgi -mindepth 1 -maxdepth 1 -type d -name '[0-9]*' -exec rm -rf {} +
rm -rf "$configuration"/org.eclipse.equinox.app
find "$configuration" -name .fileTableLock -delete
