#!/usr/bin/env python3
"""kill -9 of the headless server mid-conversation, with real processes from the product.

Usage: kill_resume.py PRODUCT_DIR OUT_DIR

Starts chatroom-server on a fresh data folder, creates two rooms through its host console, and starts three console
clients (org.chatroom.client, chatroom/2, --reconnect): alice in both rooms, bob in ops, carol in dev. They talk,
paced, with every message naming its room, sender and number. Mid-conversation the server JVM gets SIGKILL and is
started again on the same data folder and port; the clients resume by themselves. After a last message from everyone
the server stops cleanly and the history file (roomlog.db) is read: each client's transcript of each room (live and
resumed lines) must be exactly the room's messages in the log, in log order (nothing lost, duplicated or reordered),
the log must number each room's events without a gap, and no message may show up in the other room.
"""
import atexit
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time

BOUND = 180  # seconds for any one thing to happen
ROOMS = {"alice": ["ops", "dev"], "bob": ["ops"], "carol": ["dev"]}
PER_ROOM = 40  # messages each member sends into each of its rooms before the final one
KILL_AFTER = 15  # alice's messages into ops after which the server is killed
STARTED = []  # our processes, ended at exit whatever happened
LINE = re.compile(r"^#(\S+) \[[^\]]*\] <([^>]+)> (m:\S+)( \(history\))?$")


def end_ours():
    for process in STARTED:
        if process.poll() is None:
            process.kill()
            process.wait()


atexit.register(end_ours)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fail(message):
    print("FAIL: " + message, flush=True)
    sys.exit(1)


def wait_until(what, condition, bound=BOUND):
    deadline = time.monotonic() + bound
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    fail("%s: not within %d s" % (what, bound))


class Output:
    """A process's stdout, collected by a thread, kept in a file too."""

    def __init__(self, process, path):
        self.lines = []
        self.lock = threading.Lock()
        self.file = open(path, "a", encoding="utf-8")
        threading.Thread(target=self._read, args=(process,), daemon=True).start()

    def _read(self, process):
        for raw in process.stdout:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            with self.lock:
                self.lines.append(line)
            self.file.write(line + "\n")
            self.file.flush()

    def has(self, text):
        with self.lock:
            return any(text in line for line in self.lines)

    def count(self, text):
        with self.lock:
            return sum(1 for line in self.lines if text in line)

    def snapshot(self):
        with self.lock:
            return list(self.lines)


class Server:
    def __init__(self, product, out, port):
        self.product, self.out, self.port = product, out, port
        self.data = os.path.join(out, "server-data")
        self.runs = 0

    def start(self):
        self.runs += 1
        env = dict(os.environ, CHATROOM_SERVER_DATA=self.data)
        self.process = subprocess.Popen(
            [os.path.join(self.product, "chatroom-server"), "--port", str(self.port), "--bind", "127.0.0.1",
             "--set", "rate.per.second=0", "--set", "joins.per.minute=0"],
            env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        STARTED.append(self.process)
        self.output = Output(self.process, os.path.join(self.out, "server-%d.log" % self.runs))
        wait_until("server run %d listening" % self.runs,
                   lambda: self.output.has("listening on 127.0.0.1:%d" % self.port) or self.process.poll() is not None)
        if self.process.poll() is not None:
            fail("server run %d exited with %s: %s" % (self.runs, self.process.returncode, self.output.snapshot()[-5:]))

    def command(self, line, answer):
        self.process.stdin.write((line + "\n").encode())
        self.process.stdin.flush()
        wait_until("the host console's answer to " + line, lambda: self.output.has(answer))

    def kill9(self):
        os.kill(self.process.pid, signal.SIGKILL)  # the launcher script execs the JVM: this is the JVM
        self.process.wait(BOUND)

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(BOUND)
        if not self.output.has("Chatroom room stopped."):
            fail("the server did not stop cleanly")


class Client:
    def __init__(self, product, out, port, name):
        self.name = name
        env = dict(os.environ, CHATROOM_CONSOLE_DATA=os.path.join(out, name + "-data"))
        self.process = subprocess.Popen(
            [os.path.join(product, "chatroom"), "--console", "--protocol", "rooms", "--reconnect",
             "--host", "127.0.0.1", "--port", str(port), "--name", name],
            env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        STARTED.append(self.process)
        self.output = Output(self.process, os.path.join(out, name + ".log"))
        self.sent = 0

    def type(self, line):
        self.process.stdin.write((line + "\n").encode())
        self.process.stdin.flush()

    def say(self, room, tag):
        self.type("/room " + room)
        self.type("m:%s:%s:%s" % (room, self.name, tag))

    def transcript(self, room):
        """The messages of a room this client printed, live and resumed, in order."""
        texts = []
        for line in self.output.snapshot():
            match = LINE.match(line)
            if match and match.group(1) == room:
                texts.append(match.group(3))
        return texts

    def quit(self):
        self.process.stdin.close()
        self.process.wait(BOUND)


def read_log(data):
    path = os.path.join(data, ".metadata", ".plugins", "org.chatroom.log.sqlite", "roomlog.db")
    if not os.path.exists(path):
        fail("no history at " + path)
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    rooms = {}
    for name, room_id in db.execute("SELECT name, id FROM rooms"):
        rooms[name] = db.execute("SELECT seq, kind, name, text FROM events WHERE room = ? ORDER BY seq",
                                 (room_id,)).fetchall()
    db.close()
    return path, rooms


def main(product, out):
    os.makedirs(out, exist_ok=True)
    server = Server(product, out, free_port())
    server.start()
    server.command("create ops", "Created room ops.")
    server.command("create dev", "Created room dev.")
    clients = {name: Client(product, out, server.port, name) for name in ROOMS}
    for client in clients.values():
        # with rooms, the welcome says "Connected as NAME."; each room joined says "Joined the room ROOM."
        wait_until(client.name + " connected", lambda c=client: c.output.has("Connected as %s." % c.name))
        for room in ROOMS[client.name]:
            client.type("/join " + room)
            wait_until(client.name + " in " + room, lambda c=client, r=room: c.output.has("Joined the room %s." % r))
    print("ok: server on port %d, alice in ops and dev, bob in ops, carol in dev" % server.port, flush=True)

    for i in range(1, PER_ROOM + 1):
        for client in clients.values():
            for room in ROOMS[client.name]:
                client.say(room, str(i))
        if i == KILL_AFTER:
            wait_until("some of the conversation relayed", lambda: len(clients["bob"].transcript("ops")) >= KILL_AFTER)
            server.kill9()
            print("ok: server killed with SIGKILL after %d rounds (bob had seen %d messages in ops)"
                  % (i, len(clients["bob"].transcript("ops"))), flush=True)
        if i == KILL_AFTER + 5:  # meanwhile the clients typed into a dead connection: "not sent"
            server.start()
            for client in clients.values():
                for room in ROOMS[client.name]:
                    wait_until(client.name + " resumed " + room,
                               lambda c=client, r=room: c.output.has("Back in %s:" % r))
            print("ok: server started again on the same data folder and port; every client resumed its rooms",
                  flush=True)
        time.sleep(0.02)  # pacing of the conversation, not synchronisation
    for client in clients.values():
        for room in ROOMS[client.name]:
            client.say(room, "end")
    for client in clients.values():
        for room in ROOMS[client.name]:
            speakers = [name for name, rooms in ROOMS.items() if room in rooms]
            wait_until("%s saw everyone's last message in %s" % (client.name, room),
                       lambda c=client, r=room, s=speakers: all("m:%s:%s:end" % (r, n) in c.transcript(r) for n in s))
    print("ok: after the restart the conversation went on: everyone's last message reached every member", flush=True)
    server.stop()
    for client in clients.values():
        client.quit()

    path, log = read_log(server.data)
    for room in ("ops", "dev"):
        events = log.get(room)
        if not events:
            fail("the log has no events of " + room)
        seqs = [seq for seq, _, _, _ in events]
        if seqs != list(range(1, len(seqs) + 1)):
            fail("the log of %s has gaps or repeats: %s" % (room, seqs))
        messages = [text for _, kind, _, text in events if kind == "MESSAGE"]
        strays = [text for text in messages if not text.startswith("m:%s:" % room)]
        if strays:
            fail("messages of another room in the log of %s: %s" % (room, strays[:5]))
        for name, rooms in ROOMS.items():
            if room not in rooms:
                continue
            transcript = clients[name].transcript(room)
            if transcript != messages:
                lost = [m for m in messages if m not in transcript]
                extra = [m for m in transcript if m not in messages]
                dups = sorted({m for m in transcript if transcript.count(m) > 1})
                fail("%s's transcript of %s differs from the log: %d in the log, %d shown; missing %s, not in the "
                     "log %s, twice %s" % (name, room, len(messages), len(transcript), lost[:5], extra[:5], dups[:5]))
        print("ok: %s: %d events numbered 1..%d without a gap; %d messages, each member's transcript equal to "
              "the log (nothing lost, repeated or reordered), none from the other room"
              % (room, len(seqs), seqs[-1], len(messages)), flush=True)
    for name in ROOMS:
        leaked = [line for line in clients[name].output.snapshot()
                  if LINE.match(line) and LINE.match(line).group(1) not in ROOMS[name]]
        if leaked:
            fail("%s saw a room it is not in: %s" % (name, leaked[:3]))
    print("ok: history in %s; no client saw a room it was not in" % path, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
