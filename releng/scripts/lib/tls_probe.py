#!/usr/bin/env python3
"""tls_probe.py PORT: connects with TLS to 127.0.0.1:PORT and checks the room's prompt arrives over it.

The room's certificate is self-signed; pinning it is the client's business, so it is not verified here.
"""
import socket
import ssl
import sys

from seed_client import PROMPT, expect

context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
context.check_hostname = False
context.verify_mode = ssl.CERT_NONE
with context.wrap_socket(socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=10)) as s:
    expect(s, PROMPT)
