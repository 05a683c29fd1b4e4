#!/usr/bin/env python3
"""desktop_autoconnect.py PORT PRODUCT WORKSPACE LOG: a watcher joins the room on PORT, then the desktop client of
PRODUCT starts (on the DISPLAY given) with WORKSPACE, whose preferences say auto-connect as "autodesk"; checks the
watcher sees autodesk join, nobody clicking. The watcher's socket timeout bounds the wait."""
import os
import subprocess
import sys

from seed_client import PROMPT, connect, expect

port, product, workspace, log_path = sys.argv[1:5]
s = connect(port, timeout=180)
expect(s, PROMPT)
s.sendall(b"watcher")
expect(s, "Welcome to the chat watcher. Write {quit} to leave.")
with open(log_path, "w") as log:
    app = subprocess.Popen([os.path.join(product, "chatroom"), "-consoleLog"],
                           env=dict(os.environ, CHATROOM_DATA=workspace),
                           stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        expect(s, "autodesk joined the chat")
    finally:
        os.killpg(app.pid, 9)
        app.wait()
s.sendall(b"{quit}")
s.close()
