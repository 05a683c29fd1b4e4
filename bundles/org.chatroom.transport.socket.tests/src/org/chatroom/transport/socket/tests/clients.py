"""Helper process of AcceptBackoffTest: connections from a process of its own (whose descriptors are not the
server's), and the server's descriptor limit changed from outside (the server may have none left to start a
program with).

Commands, one per line on stdin:
  limit PID SOFT HARD   sets the descriptor limit of process PID; prints "ok"
  getlimit PID          prints "SOFT HARD"
  HOST PORT COUNT       opens COUNT connections, then waits (15 s at most in all) until each has said something
                        (prints "admitted") or ended (prints "dropped"); prints "pending" for each that did
                        neither, then "done", and closes them
Ends at the end of stdin.
"""
import resource
import select
import socket
import sys
import time


def connect(host, port, count):
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


for line in sys.stdin:
    words = line.split()
    if words[0] == "limit":
        resource.prlimit(int(words[1]), resource.RLIMIT_NOFILE, (int(words[2]), int(words[3])))
        print("ok", flush=True)
    elif words[0] == "getlimit":
        print("%d %d" % resource.prlimit(int(words[1]), resource.RLIMIT_NOFILE), flush=True)
    else:
        connect(*words)
