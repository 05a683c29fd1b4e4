#!/usr/bin/env python3
"""A client of the original (seed) protocol for the release scripts: raw bytes, no newlines, bounded waits.

As a command: seed_client.py PORT NAME [MESSAGE] joins as NAME, sends MESSAGE if given and checks it is relayed as
"NAME: MESSAGE", then quits; each step must bring back exactly the seed's bytes. Exits non-zero on any difference.
As a module: connect(port), expect(sock, text) and until_closed(sock) for scripts with steps of their own.
"""
import socket
import sys

PROMPT = "Please enter your name and press Enter"


def connect(port, timeout=10):
    return socket.create_connection(("127.0.0.1", int(port)), timeout=timeout)


def expect(sock, text):
    """Reads until len(text) bytes arrived (or the peer closed) and checks they are exactly text."""
    got = b""
    while len(got) < len(text.encode()):
        chunk = sock.recv(4096)
        if not chunk:
            break
        got += chunk
    assert got == text.encode(), "expected %r, got %r" % (text, got)


def until_closed(sock):
    """Everything the peer sends until it closes the connection (bounded by the socket's timeout)."""
    got = b""
    while True:
        chunk = sock.recv(4096)
        if not chunk:
            return got
        got += chunk


def exchange(port, name, message=None):
    sock = connect(port)
    try:
        expect(sock, PROMPT)
        sock.sendall(name.encode())
        expect(sock, "Welcome to the chat %s. Write {quit} to leave." % name)
        if message is not None:
            sock.sendall(message.encode())
            expect(sock, "%s: %s" % (name, message))
        sock.sendall(b"{quit}")
        expect(sock, "{quit}")
    finally:
        sock.close()


if __name__ == "__main__":
    exchange(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
