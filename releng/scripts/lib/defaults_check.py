#!/usr/bin/env python3
"""The product's room defaults against PROTOCOL.md's numbers.

defaults_check.py spec PRODUCT PROTOCOL_MD
    PROTOCOL.md's configuration table says 53000, 4096, 1048576, 20, 40 and 60, and the metatype the shipped room
    bundle (PRODUCT/plugins/org.chatroom.room_*.jar) gives the Metatype Service has the same defaults; its admission
    limits table says 20000, 64, 100 / 200 and 16, and so do the metatypes of both shipped transports (TCP, TLS).
defaults_check.py limits PORT
    The running room on PORT, started without settings, enforces them: 4,096 bytes pass and 4,097 are refused;
    a fresh member's burst passes 40 messages (one of them its join) and refuses the rest.
"""
import glob
import re
import sys
import xml.etree.ElementTree as ElementTree
import zipfile

from seed_client import PROMPT, connect, expect

SPEC = {"port": 53000, "max.message.bytes": 4096, "max.queued.bytes": 1048576, "rate.per.second": 20,
        "rate.burst": 40, "handshake.timeout.seconds": 60}
LIMITS = {"max.connections": 20000, "max.connections.per.address": 64, "connections.per.second.per.address": 100,
          "connection.burst.per.address": 200, "max.handshakes.per.address": 16}
TRANSPORTS = ("org.chatroom.transport.socket", "org.chatroom.transport.tls")
TOO_FAST = "Error: You are sending too fast; your message was not delivered."


def protocol_defaults(path):
    table = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"\|\s*`([a-z.]+)`\s*\|\s*`([^`]*)`\s*\|", line)
        if m and m.group(1) not in table:
            table[m.group(1)] = m.group(2)
        m = re.match(r"\|\s*`([a-z.]+)` / `([a-z.]+)`\s*\|\s*`([^`]*)` / `([^`]*)`\s*\|", line)
        if m:  # two keys in one row: the rate and its burst
            table.setdefault(m.group(1), m.group(3))
            table.setdefault(m.group(2), m.group(4))
    return table


def metatype_defaults(product, bundle="org.chatroom.room"):
    jars = glob.glob(product + "/plugins/" + bundle + "_*.jar")
    assert len(jars) == 1, "one bundle %s in the product, found %s" % (bundle, jars)
    defaults = {}
    with zipfile.ZipFile(jars[0]) as jar:
        for name in jar.namelist():
            if name.startswith("OSGI-INF/metatype/") and name.endswith(".xml"):
                for element in ElementTree.fromstring(jar.read(name)).iter():
                    if element.tag.endswith("AD"):
                        defaults[element.get("id")] = element.get("default")
    return defaults


def same(value, number):
    return value is not None and float(value) == float(number)


def check_spec(product, protocol_md):
    table, metatype = protocol_defaults(protocol_md), metatype_defaults(product)
    wrong = ["%s: PROTOCOL.md %s, shipped metatype %s, expected %s" % (k, table.get(k), metatype.get(k), v)
             for k, v in SPEC.items() if not same(table.get(k), v) or not same(metatype.get(k), v)]
    for bundle in TRANSPORTS:
        shipped = metatype_defaults(product, bundle)
        wrong += ["%s of %s: PROTOCOL.md %s, shipped metatype %s, expected %s" % (k, bundle, table.get(k),
                  shipped.get(k), v) for k, v in LIMITS.items() if not same(table.get(k), v) or not same(shipped.get(k), v)]
    assert not wrong, "defaults differ from the spec:\n" + "\n".join(wrong)


def join(port, name):
    s = connect(port)
    expect(s, PROMPT)
    s.sendall(name.encode())
    expect(s, "Welcome to the chat %s. Write {quit} to leave." % name)
    return s


def check_limits(port):
    s = join(port, "sizes")
    largest = "\u00e9" * 2048  # 4,096 bytes of UTF-8
    s.sendall(largest.encode() + b"\n")
    expect(s, "sizes: " + largest)
    s.sendall(("x" * 4097).encode() + b"\n")
    expect(s, "Error: Your message is longer than 4096 bytes and was not delivered.")
    s.close()

    s = join(port, "burst")
    count = 45
    s.sendall(b"".join(b"m%d\n" % i for i in range(count)))
    got = ""
    while True:
        passed = len(re.findall(r"burst: m\d+", got))
        refused = got.count(TOO_FAST)
        if passed + refused >= count:
            break
        chunk = s.recv(65536)
        assert chunk, "the room closed the connection after %d passed, %d refused" % (passed, refused)
        got += chunk.decode()
    s.close()
    # the join took one token of the 40; at 20/s at most one more comes back during the burst's few milliseconds
    assert 39 <= passed <= 41, "a burst of %d: %d passed, %d refused (expected 39 to 41 to pass)" % (
        count, passed, refused)


if __name__ == "__main__":
    if sys.argv[1] == "spec":
        check_spec(sys.argv[2], sys.argv[3])
    else:
        check_limits(sys.argv[2])
