#!/usr/bin/env bash
# kill -9 of the packaged headless server mid-conversation (releng/scripts/lib/kill_resume.py says how): three
# console clients (chatroom/2, auto-resume) talk in two rooms, the server JVM gets SIGKILL, starts again on the same
# data folder, the clients resume, and each client's whole transcript is compared with the history file.
# Needs the built product archive (./mvnw verify). Exits non-zero on the first failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
archive=$root/releng/org.chatroom.product/target/products/chatroom-linux.gtk.x86_64.tar.gz
out=$root/releng/org.chatroom.product/target/kill-resume
[ -f "$archive" ] || { echo "FAIL: no product archive at $archive (build first)"; exit 1; }
rm -rf "$out" && mkdir -p "$out"
tar -xzf "$archive" -C "$out"
export HOME=$out/home
mkdir -p "$HOME"
python3 "$root/releng/scripts/lib/kill_resume.py" "$out/chatroom" "$out/run"
echo "kill -9 and resume test: passed"
