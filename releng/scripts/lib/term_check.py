#!/usr/bin/env python3
"""term_check.py PORT PID REASON: joins the room on PORT as "stayer", sends SIGTERM to the process PID (the desktop
hosting it) and checks the member is told REASON before its connection closes.
term_check.py PORT -- COMMAND... REASON: the same, ending the desktop by running COMMAND (quitting it from its menu)."""
import os
import signal
import subprocess
import sys

from seed_client import PROMPT, connect, expect, until_closed

port, how, reason = sys.argv[1], sys.argv[2:-1], sys.argv[-1]
s = connect(port, timeout=90)
expect(s, PROMPT)
s.sendall(b"stayer")
expect(s, "Welcome to the chat stayer. Write {quit} to leave.")
if how[0] == "--":
    subprocess.run(how[1:], check=True, timeout=60)
else:
    os.kill(int(how[0]), signal.SIGTERM)
told = until_closed(s)
assert reason.encode() in told, "the member was not told %r before the close: %r" % (reason, told)
s.close()
