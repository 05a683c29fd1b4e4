#!/usr/bin/env python3
"""The packaged server's IRC listener (chatroom-server --irc FILE), for product-smoke.sh: loopback, bounded waits.

  irc_check.py IRC_PORT ROOM_PORT TEXT   registers as an IRC user, joins #general, has an original-protocol user say
                                         TEXT in the room, and checks the IRC user gets it as PRIVMSG #general from
                                         that user. Exits non-zero, saying what was missing, otherwise.
"""
import socket
import sys

from seed_client import exchange


def lines(sock):
    buffer = b""
    while True:
        while b"\r\n" in buffer:
            line, buffer = buffer.split(b"\r\n", 1)
            yield line.decode("utf-8", "replace")
        chunk = sock.recv(65536)
        if not chunk:
            raise SystemExit("the IRC listener closed the connection")
        buffer += chunk


def until(incoming, sock, what, test):
    for line in incoming:
        if line.startswith("PING "):
            sock.sendall(("PONG " + line[5:] + "\r\n").encode())
        elif test(line):
            return line
    raise SystemExit("no " + what)


def main(irc_port, room_port, text):
    sock = socket.create_connection(("127.0.0.1", int(irc_port)), timeout=20)
    incoming = lines(sock)
    sock.sendall(b"NICK ircuser\r\nUSER ircuser 0 * :IRC user\r\n")
    until(incoming, sock, "welcome (001)", lambda line: line.split(" ")[1:2] == ["001"])
    sock.sendall(b"JOIN #general\r\n")
    until(incoming, sock, "end of names (366) after JOIN #general", lambda line: line.split(" ")[1:2] == ["366"])
    exchange(room_port, "original", text)
    until(incoming, sock, "PRIVMSG #general from the original-protocol user",
          lambda line: line.startswith(":original!") and line.endswith("PRIVMSG #general :" + text))
    sock.sendall(b"QUIT :done\r\n")
    sock.close()


if __name__ == "__main__":
    try:
        main(*sys.argv[1:4])
    except socket.timeout:
        raise SystemExit("the IRC listener did not answer within 20 s")
