#!/usr/bin/env python3
"""Checks a running room from outside, for product-smoke.sh (bounded waits, loopback only).

  room_probe.py listen PORT [SECONDS]   waits until something listens on TCP PORT; prints "all" (all interfaces),
                                        "loopback" (127.0.0.1 only) or "other"; exits 1 if nothing listens in time
  room_probe.py flood PORT NAME         joins with the original protocol, sends 200 messages in one write and prints
                                        "limited" when the room refused some ("Error: ..."), else "unlimited"
"""
import socket
import sys
import time

from seed_client import PROMPT, connect, expect


def listening(port):
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as f:
                next(f)
                for line in f:
                    fields = line.split()
                    address, state = fields[1], fields[3]
                    host, hexport = address.rsplit(":", 1)
                    if state == "0A" and int(hexport, 16) == port:
                        found.append(host)
        except FileNotFoundError:
            pass
    return found


def listen(port, seconds):
    deadline = time.time() + seconds
    while time.time() < deadline:
        hosts = listening(port)
        if hosts:
            if any(set(h) == {"0"} for h in hosts):
                return "all"
            if all(h in ("0100007F", "0000000000000000FFFF00000100007F") for h in hosts):
                return "loopback"
            return "other"
        time.sleep(0.25)
    return None


def flood(port, name):
    s = connect(port, timeout=10)
    expect(s, PROMPT)
    s.sendall(name.encode())
    expect(s, "Welcome to the chat %s. Write {quit} to leave." % name)
    s.sendall("".join("m%d\n" % i for i in range(200)).encode())
    got = b""
    s.settimeout(3)
    last = ("%s: m199" % name).encode()
    try:
        while b"Error:" not in got and last not in got:
            chunk = s.recv(65536)
            if not chunk:
                break
            got += chunk
    except socket.timeout:
        pass
    s.close()
    return "limited" if b"Error:" in got else "unlimited" if last in got else "unknown"


if __name__ == "__main__":
    if sys.argv[1] == "listen":
        where = listen(int(sys.argv[2]), float(sys.argv[3]) if len(sys.argv) > 3 else 60)
        if where is None:
            sys.exit(1)
        print(where)
    elif sys.argv[1] == "flood":
        print(flood(sys.argv[2], sys.argv[3]))
