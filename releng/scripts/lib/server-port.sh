# Sourced by the release scripts.
# server_port LOG PID: waits (at most 60 s) until the chatroom-server with process PID logs
# "listening on 127.0.0.1:PORT" in LOG, and prints PORT; fails when the server exits first or the time runs out.
server_port() {
    local log=$1 pid=$2 port
    for _ in $(seq 1 120); do
        port=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9][0-9]*\).*/\1/p' "$log" | head -n 1)
        if [ -n "$port" ]; then
            echo "$port"
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 0.5
    done
    return 1
}
