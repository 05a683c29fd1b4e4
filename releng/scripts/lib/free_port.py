#!/usr/bin/env python3
"""Prints a TCP port that is free on 127.0.0.1 at the time of the call (the kernel picks it)."""
import socket

with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    print(s.getsockname()[1])
