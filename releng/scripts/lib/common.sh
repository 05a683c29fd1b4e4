# The release scripts' shared library: sourced, never run. A script sets `out` (its work folder, whose *.log files
# `fail` prints) and calls `track PID` for every process it starts; on exit each tracked process still running is
# killed (its process group when it leads one). Every wait is bounded.
#
#   fail MESSAGE...              print "FAIL: MESSAGE" and the tail of every log in $out, exit 1
#   ok MESSAGE...                print "ok: MESSAGE" and count the check as passed (call it from the script's own
#                                shell, not a subshell, or it is not counted)
#   passed NAME                  print "NAME: N checks passed" (a check that fails ends the script through fail)
#   track PID                    kill PID (and its group) when the script exits
#   on_exit COMMAND              run COMMAND (a string) when the script exits, before the tracked processes die
#   free_port                    print a free TCP port on 127.0.0.1
#   wait_for SECONDS CMD...      retry CMD every 0.25 s until it succeeds; return 1 after SECONDS
#   wait_log FILE PATTERN [S]    wait (default 120 s) until FILE has a line matching the grep PATTERN
#   wait_window NAME PID [S]     wait (default 180 s: a loaded 2-core machine needs a minute) until an X window whose name starts with NAME is visible;
#                                fail fast when PID exits first (needs DISPLAY and xdotool)
#   start_display                start an Xvfb of its own (1280x1024x24), tracked, and export DISPLAY
#   stop_process PID [S]         SIGTERM, then wait (default 10 s) for PID to exit; return 1 if it still runs
#   server_port LOG PID          wait (120 s) until the chatroom-server PID logs "listening on 127.0.0.1:PORT", print PORT
#   java_pid_of PATTERN          print the pid of the one java process whose command line matches PATTERN
#   drop_prepared_state PRODUCT  remove the framework state and registry cache prepared at build time from a copy of
#                                the product whose jars lost their modification times (see the function)
# Python helpers beside this file: seed_client.py (original protocol), tls_probe.py, free_port.py.

lib=${lib:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}
_tracked=()
_exit_hooks=()

fail() {
    echo "FAIL: $*"
    if [ -n "${out:-}" ]; then
        for f in "$out"/*.log; do [ -f "$f" ] && { echo "--- $f"; tail -n 30 "$f"; }; done
    fi
    exit 1
}

_passed=0
ok() {
    echo "ok: $*"
    _passed=$((_passed + 1))
}

passed() { echo "$1: $_passed checks passed"; }

track() { _tracked+=("$1"); }

on_exit() { _exit_hooks+=("$1"); }

_cleanup() {
    local hook pid
    for hook in "${_exit_hooks[@]}"; do eval "$hook" || true; done
    for pid in "${_tracked[@]}"; do
        kill -0 "$pid" 2>/dev/null || continue
        kill -9 -- "-$pid" 2>/dev/null || kill -9 "$pid" 2>/dev/null || true
    done
}
trap _cleanup EXIT

free_port() { python3 "$lib/free_port.py"; }

wait_for() {
    local deadline=$(( $(date +%s) + $1 )); shift
    while :; do
        "$@" >/dev/null 2>&1 && return 0
        [ "$(date +%s)" -lt "$deadline" ] || return 1
        sleep 0.25
    done
}

wait_log() { wait_for "${3:-120}" grep -q -- "$2" "$1"; }

wait_window() {
    local deadline=$(( $(date +%s) + ${3:-180} ))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        xdotool search --onlyvisible --name "^$1" >/dev/null 2>&1 && return 0
        kill -0 "$2" 2>/dev/null || { echo "process $2 exited before showing a window \"$1\""; return 1; }
        sleep 0.25
    done
    return 1
}

start_display() {
    local fd_file
    fd_file=$(mktemp)
    Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$fd_file" >/dev/null 2>&1 &
    track $!
    wait_for 20 test -s "$fd_file" || fail "Xvfb did not start"
    DISPLAY=:$(head -n 1 "$fd_file")
    export DISPLAY
    rm -f "$fd_file"
}

_gone() { ! kill -0 "$1" 2>/dev/null; }

stop_process() {
    kill -TERM "$1" 2>/dev/null || return 0
    wait_for "${2:-10}" _gone "$1"
}

_port_in_log() {
    local port
    port=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9][0-9]*\).*/\1/p' "$1" 2>/dev/null | head -n 1)
    [ -n "$port" ] && { echo "$port"; return 0; }
    kill -0 "$2" 2>/dev/null || return 2
    return 1
}

server_port() {
    local deadline=$(( $(date +%s) + 120 )) code
    while [ "$(date +%s)" -lt "$deadline" ]; do
        code=0; _port_in_log "$1" "$2" || code=$?
        [ "$code" -eq 0 ] && return 0
        [ "$code" -eq 2 ] && return 1
        sleep 0.25
    done
    return 1
}

java_pid_of() {
    local pids
    pids=$(pgrep -f -- "$1" || true)
    [ "$(echo "$pids" | grep -c .)" -eq 1 ] || { echo "expected one process matching $1, found: ${pids:-none}" >&2; return 1; }
    echo "$pids"
}

# The build prepares the Linux product's configuration/ (releng/org.chatroom.product/prepare/prepare-product.sh): the
# framework's state and the extension registry's cache, which Equinox trusts only while every jar keeps the
# modification time it had at build time. A copy that gives the jars new times (cp -r, jpackage) leaves them out, and
# each program installs and resolves its bundles into its own configuration area at its first start, as before.
drop_prepared_state() {
    rm -rf "$1/configuration/org.eclipse.osgi" "$1/configuration/org.eclipse.core.runtime"
}
