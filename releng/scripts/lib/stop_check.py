#!/usr/bin/env python3
"""stop_check.py PORT CONSOLE REASON: joins as "stayer", writes "stop REASON" to the host console CONSOLE (the server's
stdin, a fifo) and checks the member is told REASON before its connection closes."""
import sys

from seed_client import PROMPT, connect, expect, until_closed

port, console_path, reason = sys.argv[1:4]
s = connect(port)
expect(s, PROMPT)
s.sendall(b"stayer")
expect(s, "Welcome to the chat stayer. Write {quit} to leave.")
with open(console_path, "w") as console:
    console.write("stop %s\n" % reason)
told = until_closed(s)
assert reason.encode() in told, "the member was not told %r before the close: %r" % (reason, told)
s.close()
