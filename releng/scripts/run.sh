#!/usr/bin/env bash
# Builds the product (tests skipped; releng/scripts/test.sh runs them) and launches the desktop client.
# Arguments are passed on to the product, e.g. `releng/scripts/run.sh --console --host H --port P --name N`.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
releng/scripts/setup-debian.sh
./mvnw -B -q verify -DskipTests
product=releng/org.chatroom.product/target/products/org.chatroom.product/linux/gtk/x86_64/chatroom
if [ -z "${DISPLAY:-}" ] && [ "${1:-}" != "--console" ]; then
    echo "No DISPLAY: starting the desktop client under Xvfb (close it with Ctrl+C)." >&2
    exec xvfb-run -a -s "-screen 0 1280x1024x24" "$product/chatroom" "$@"
fi
exec "$product/chatroom" "$@"
