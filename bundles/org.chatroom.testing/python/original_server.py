#!/usr/bin/env python3
# Test fixture: a faithful reconstruction of the seed's server.py (see shared/seed/chatroom-seed.md).
#
# Same texts, same threading (one accept thread, one thread per client, a shared dict iterated by
# broadcast), same defects (no framing, blocking send inside broadcast, no TCP_NODELAY, listen backlog
# of 5, unguarded dict iteration, a disconnect without {quit} leaves the client in the room).
# The only additions, for test harnesses:
#   - argv: original_server.py [PORT [HOST]]; PORT 0 picks a free port; HOST defaults to 127.0.0.1
#     (the seed binds '' on port 53000);
#   - once listening, one line "LISTENING <port>" is printed to stdout and flushed.
from socket import AF_INET, socket, SOCK_STREAM
from threading import Thread
import sys


def accept_connection():
    while True:
        client, client_address = SERVER.accept()
        print("%s:%s connected." % client_address)
        client.send(bytes("Please enter your name and press Enter", "utf8"))
        addresses[client] = client_address
        Thread(target=manage_client, args=(client,)).start()


def manage_client(client):
    name = client.recv(BUFSIZ).decode("utf8")
    welcome = 'Welcome to the chat %s. Write {quit} to leave.' % name
    client.send(bytes(welcome, "utf8"))
    msg = "%s joined the chat" % name
    broadcast(bytes(msg, "utf8"))
    clients[client] = name

    while True:
        msg = client.recv(BUFSIZ)
        if msg != bytes("{quit}", "utf8"):
            broadcast(msg, name+": ")
        else:
            client.send(bytes("{quit}", "utf8"))
            client.close()
            del clients[client]
            broadcast(bytes("%s left the chat." % name, "utf8"))
            break


def broadcast(msg, prefix=""):
    for user in clients:
        user.send(bytes(prefix, "utf8")+msg)


clients = {}
addresses = {}

HOST = sys.argv[2] if len(sys.argv) > 2 else '127.0.0.1'
PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 53000
BUFSIZ = 1024
ADDR = (HOST, PORT)

SERVER = socket(AF_INET, SOCK_STREAM)
SERVER.bind(ADDR)

if __name__ == "__main__":
    SERVER.listen(5)
    print("Waiting for a new connection...")
    print("LISTENING %d" % SERVER.getsockname()[1], flush=True)
    ACCEPT_THREAD = Thread(target=accept_connection)
    ACCEPT_THREAD.start()
    ACCEPT_THREAD.join()
    SERVER.close()
