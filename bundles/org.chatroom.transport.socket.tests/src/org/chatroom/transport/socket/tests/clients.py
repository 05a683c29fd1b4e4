"""Opens connections for AcceptBackoffTest from a process of its own (whose descriptors are not the server's).

Reads lines "HOST PORT COUNT" from stdin; opens COUNT connections, then waits (15 s at most in all) until each has
said something (prints "admitted") or ended (prints "dropped"); prints "pending" for each that did neither, then
"done". Ends at the end of stdin.
"""
import select
import socket
import sys
import time

for line in sys.stdin:
    host, port, count = line.split()
    clients = [socket.create_connection((host, int(port)), timeout=5) for _ in range(int(count))]
    waiting = set(clients)
    deadline = time.monotonic() + 15
    while waiting and time.monotonic() < deadline:
        ready, _, _ = select.select(list(waiting), [], [], max(0.0, deadline - time.monotonic()))
        for client in ready:
            print("admitted" if client.recv(16) else "dropped")
            waiting.discard(client)
    for _ in waiting:
        print("pending")
    print("done", flush=True)
    for client in clients:
        client.close()
