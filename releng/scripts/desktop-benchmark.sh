#!/usr/bin/env bash
# The desktop under load, in the real workbench under Xvfb (bundles/org.chatroom.ui.tests, DesktopFloodBenchmark):
# a 5,000 msg/s flood through the UI event bridge for 10 s while lines are typed into a hosted room; prints how long
# a typed line took to show, the longest UI-thread stall a watchdog saw (a probe posted every 5 ms), the cost of
# scrolling and copying 100,000 rows and the heap in use. A benchmark that prints figures, not a test.
#
#   releng/scripts/desktop-benchmark.sh        (needs the Maven repository warm: run ./mvnw -B verify once)
# The test workbench runs with the desktop launcher's JVM options (features/org.chatroom.feature/rootfiles/chatroom),
# so the figures are the product's; DESKTOP_VM replaces them (e.g. DESKTOP_VM= for the JVM's defaults).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
export GDK_GL=${GDK_GL-disable} MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX-2}   # as the launcher sets them
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B -o verify \
    -pl bundles/org.chatroom.ui.tests,features/org.chatroom.feature -am \
    -Dtest=DesktopFloodBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    "-Dtycho.testArgLine=${DESKTOP_VM-"-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms160m -Xmn12m -Xmx1g -XX:MetaspaceSize=64m -XX:TrimNativeHeapInterval=2000"}" >"$log" 2>&1 || {
    tail -50 "$log" >&2
    exit 1
}
grep '^BENCH' "$log" | sed 's/^BENCH //'
