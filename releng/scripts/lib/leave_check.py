#!/usr/bin/env python3
"""leave_check.py PORT NAME SIGNAL COMMAND...: a witness joins the default room on PORT (chatroom/2); COMMAND starts
in a session of its own (its environment as given, stdin a pipe kept open) and joins as NAME; SIGNAL (TERM, or INT as
Ctrl+C in a terminal sends it to the whole process group) ends it, and the witness checks that NAME's leave says
"quit", a leave the program wrote before it ended, not "connection lost", and that the program ended. Every wait is
bounded (the socket's timeout, the program's end)."""
import os
import signal
import subprocess
import sys

from history_check import join
from seed_client import until_closed

port, name, sig = int(sys.argv[1]), sys.argv[2], sys.argv[3]
command = sys.argv[4:]


def event(incoming, kind):
    """The text of the next EVENT of kind about NAME in the default room (EVENT general SEQ TS KIND NAME TEXT)."""
    for line in incoming:
        fields = line.split(" ", 6)
        if len(fields) >= 6 and fields[0] == "EVENT" and fields[4] == kind and fields[5] == name:
            return fields[6] if len(fields) > 6 else ""
    raise SystemExit("the room closed before %s's %s" % (name, kind))


s, incoming, _ = join(port, "witness")
s.settimeout(120)
app = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       start_new_session=True)
try:
    event(incoming, "JOIN")
    if sig == "INT":
        os.killpg(app.pid, signal.SIGINT)
    else:
        os.kill(app.pid, signal.SIGTERM)
    reason = event(incoming, "LEAVE")
    if reason != "quit":
        raise SystemExit("%s ended by SIG%s left with %r, not a quit" % (name, sig, reason))
    app.wait(timeout=60)
finally:
    if app.poll() is None:
        os.killpg(app.pid, signal.SIGKILL)
        app.wait()
s.sendall(b"QUIT\n")
until_closed(s)  # the room's answer read: closed with it unread, the socket would be reset ("connection lost")
s.close()
