#!/usr/bin/env python3
"""Room history through a server restart, for product-smoke.sh (chatroom/2 over loopback, bounded waits).

  history_check.py say PORT NAME TEXT     joins the default room with chatroom/2, says TEXT, waits for its EVENT line
  history_check.py recall PORT NAME TEXT  joins the default room and checks that TEXT comes among the HISTORY lines
                                          before JOINED (the history on join)
  history_check.py absent PORT NAME TEXT  joins the default room and checks that TEXT is not in its history on join
"""
import sys

from seed_client import PROMPT, connect, expect


def lines(s):
    buffer = b""
    while True:
        while b"\n" in buffer:
            line, buffer = buffer.split(b"\n", 1)
            yield line.decode("utf-8")
        chunk = s.recv(65536)
        if not chunk:
            raise SystemExit("the room closed the connection")
        buffer += chunk


def join(port, name):
    s = connect(port, timeout=20)
    expect(s, PROMPT)
    s.sendall(b"\xffCHATROOM/2\n")
    incoming = lines(s)
    if not next(incoming).endswith("CHATROOM/2 OK"):
        raise SystemExit("no CHATROOM/2 OK")
    s.sendall(("NICK %s\n" % name).encode())
    if not next(incoming).startswith("WELCOME "):
        raise SystemExit("no WELCOME")
    s.sendall(b"JOIN general\n")
    history = []
    for line in incoming:
        if line.startswith("HISTORY general "):
            history.append(line)
        elif line.startswith("JOINED "):
            return s, incoming, history
        elif line.startswith("ERR "):
            raise SystemExit("refused: " + line)


def say(port, name, text):
    s, incoming, _ = join(port, name)
    s.sendall(("MSG general %s\n" % text).encode())
    for line in incoming:
        if line.startswith("EVENT general ") and line.endswith(" MESSAGE %s %s" % (name, text)):
            s.sendall(b"QUIT\n")
            return
        if line.startswith("ERR "):
            raise SystemExit("refused: " + line)


def recall(port, name, text):
    s, _, history = join(port, name)
    s.sendall(b"QUIT\n")
    if not any(" MESSAGE " in line and line.endswith(" " + text) for line in history):
        raise SystemExit("not in the history on join: %r; got %d lines: %s" % (text, len(history), history[-3:]))


def absent(port, name, text):
    s, _, history = join(port, name)
    s.sendall(b"QUIT\n")
    if any(line.endswith(" " + text) for line in history):
        raise SystemExit("in the history on join, where it must not be: %r" % text)


if __name__ == "__main__":
    command, port, name, text = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    {"say": say, "recall": recall, "absent": absent}[command](port, name, text)
