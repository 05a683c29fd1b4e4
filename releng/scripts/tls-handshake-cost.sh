#!/usr/bin/env bash
# Prints the figures behind the TLS key type and the load tool's key share (issue 13): the CPU time of one full TLS
# handshake on the client side and on the server side, warm, in memory (no sockets), per server key type (EC P-256
# as the room generates it, RSA 2048 and 3072, Ed25519), once with the JDK's default named groups (a JDK client then
# sends two key shares, x25519 and secp256r1) and once with x25519 alone (what the load tool offers). CPU time, so a
# busy machine skews it less than wall time; the JIT still needs a quiet moment to compile. Each key is measured on
# the JDK's engines (jdk/jdk), with BoringSSL on the server (jdk/native: the TLS transport's engine=native) and on
# both sides (native/native: the load tool's clients when it finds tcnative).
#   releng/scripts/tls-handshake-cost.sh [WARM MEASURED]   (default 1000 500 handshakes per row)
# Needs Java 17 (its keytool makes the keys), the load tool's jar (for its TrustAnyServer; built offline if missing)
# and the built product (its Netty and tcnative jars).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=lib/loadtool.sh
. "$root/releng/scripts/lib/loadtool.sh"
jar=$(loadtool_jar "$root")
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
rounds=("${1:-1000}" "${2:-500}")
bench=$root/releng/scripts/bench/TlsHandshakeCost.java
cp=$(loadtool_classpath "$jar")
case $cp in *tcnative*) ;; *) echo "no Netty/tcnative jars in the built product (build it first)" >&2; exit 1 ;; esac
"$java" -cp "$cp" "$bench" "${rounds[@]}"
"$java" -cp "$cp" -Djdk.tls.namedGroups=x25519 "$bench" "${rounds[@]}" | tail -n +2
