#!/usr/bin/env python3
# Test fixture: the seed's client.py (see shared/seed/chatroom-seed.md) with the Tk window replaced by stdio.
#
# Usage: original_client.py HOST [PORT]   (an empty PORT means 53000, as in the seed)
# The socket behaviour is the seed's:
#   - each line read from stdin (without its line end) is sent with ONE send() and no terminator, exactly
#     like the Tk send(); "{quit}" is sent, then the socket is closed and input stops;
#   - end of stdin is the window being closed: on_closing() sends "{quit}";
#   - each chunk returned by recv(1024) is decoded as UTF-8 and shown as one record (one Listbox row):
#     here one line on stdout holding json.dumps(chunk), flushed. A chunk that is not valid UTF-8 kills
#     the receive thread, as in the seed (traceback on stderr, nothing more is shown).
# One deviation: when the server closes the connection, recv() returns b"" forever and the seed inserts an
# endless stream of empty rows; this client shows that empty row once ("") and stops receiving.
from socket import AF_INET, socket, SOCK_STREAM
from threading import Thread
import json
import sys


def receive():
    while True:
        try:
            msg = client_socket.recv(BUFSIZ).decode("utf8")
            show(msg)
            if not msg:
                break
        except OSError:
            break


def show(msg):
    sys.stdout.write(json.dumps(msg) + "\n")
    sys.stdout.flush()


def send(msg):
    """Sends one message; returns True when the client has quit."""
    client_socket.send(bytes(msg, "utf8"))
    if msg == "{quit}":
        client_socket.close()
        return True
    return False


def on_closing():
    return send("{quit}")


def read_messages():
    while True:
        line = sys.stdin.readline()
        if not line:
            on_closing()
            return
        if line.endswith("\n"):
            line = line[:-1]
        if line.endswith("\r"):
            line = line[:-1]
        if send(line):
            return


HOST = sys.argv[1] if len(sys.argv) > 1 else '127.0.0.1'
PORT = sys.argv[2] if len(sys.argv) > 2 else ''
if not PORT:
    PORT = 53000
else:
    PORT = int(PORT)

BUFSIZ = 1024
ADDR = (HOST, PORT)

client_socket = socket(AF_INET, SOCK_STREAM)
client_socket.connect(ADDR)

receive_thread = Thread(target=receive)
receive_thread.start()
read_messages()
