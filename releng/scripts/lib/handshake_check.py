#!/usr/bin/env python3
"""handshake_check.py PORT: connects and never chooses a name; checks the room (started without settings) closes the
connection after its default handshake timeout with "You did not choose a name within 60 seconds." Run in the
background from a server's start, so that it overlaps other checks; bounded by a 120 s socket timeout."""
import sys
import time

from seed_client import PROMPT, connect, expect, until_closed

start = time.monotonic()
s = connect(sys.argv[1], timeout=120)
expect(s, PROMPT)
got = until_closed(s)
waited = time.monotonic() - start
assert got == b"You did not choose a name within 60 seconds.", "got %r after %.0f s" % (got, waited)
assert waited >= 59, "closed after %.1f s, before the 60 s timeout" % waited
print("ok: a connection that chose no name was told and closed after %.0f s (default 60 s)" % waited)
