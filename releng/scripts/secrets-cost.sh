#!/usr/bin/env bash
# Prints the figures behind issue 13's choices: CPU time of one room-password check (PBKDF2-HMAC-SHA256) at several
# iteration counts, and the cost of the look-alike name key (ICU4J). CPU time, so a busy machine does not skew it.
#   releng/scripts/secrets-cost.sh
# Needs Java 17 and the ICU4J jar in the local Maven repository (the build puts it there).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
icu=$(ls "${MAVEN_REPO:-$HOME/.m2/repository}"/com/ibm/icu/icu4j/78.1/icu4j-78.1.jar)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
exec "$java" -cp "$icu" "$root/releng/scripts/bench/SecretsCost.java"
