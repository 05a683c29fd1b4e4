#!/usr/bin/env bash
# Prints the figures behind the TLS key type and the load tool's key share (issue 13): the CPU time of one full TLS
# handshake on the client side and on the server side, warm, in memory (no sockets), per server key type (EC P-256
# as the room generates it, RSA 2048 and 3072, Ed25519), once with the JDK's default named groups (a JDK client then
# sends two key shares, x25519 and secp256r1) and once with x25519 alone (what the load tool offers). CPU time, so a
# busy machine skews it less than wall time; the JIT still needs a quiet moment to compile.
#   releng/scripts/tls-handshake-cost.sh [WARM MEASURED]   (default 1000 500 handshakes per row)
# Needs Java 17 (its keytool makes the keys) and the load tool's jar (for its TrustAnyServer; built offline if missing).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=lib/loadtool.sh
. "$root/releng/scripts/lib/loadtool.sh"
jar=$(loadtool_jar "$root")
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
rounds=("${1:-1000}" "${2:-500}")
bench=$root/releng/scripts/bench/TlsHandshakeCost.java
"$java" -cp "$jar" "$bench" "${rounds[@]}"
"$java" -cp "$jar" -Djdk.tls.namedGroups=x25519 "$bench" "${rounds[@]}" | tail -n +2
