#!/usr/bin/env python3
"""kick_check.py PORT CONSOLE: joins as "victim", writes "kick victim smoke test" to the host console CONSOLE (the
server's stdin, a fifo) and checks the member is told and its connection closes."""
import sys

from seed_client import PROMPT, connect, expect

port, console_path = sys.argv[1:3]
s = connect(port)
expect(s, PROMPT)
s.sendall(b"victim")
expect(s, "Welcome to the chat victim. Write {quit} to leave.")
with open(console_path, "w") as console:
    console.write("kick victim smoke test\n")
expect(s, "You were removed by the host: smoke test")
assert s.recv(4096) == b"", "the connection closes after the removal"
s.close()
