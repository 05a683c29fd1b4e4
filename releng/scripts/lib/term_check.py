#!/usr/bin/env python3
"""term_check.py PORT PID REASON: joins the room on PORT as "stayer", sends SIGTERM to the process PID (the desktop
hosting it) and checks the member is told REASON before its connection closes."""
import os
import signal
import sys

from seed_client import PROMPT, connect, expect, until_closed

port, pid, reason = sys.argv[1], int(sys.argv[2]), sys.argv[3]
s = connect(port)
expect(s, PROMPT)
s.sendall(b"stayer")
expect(s, "Welcome to the chat stayer. Write {quit} to leave.")
os.kill(pid, signal.SIGTERM)
told = until_closed(s)
assert reason.encode() in told, "the member was not told %r before the close: %r" % (reason, told)
s.close()
