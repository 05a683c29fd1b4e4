#!/usr/bin/env python3
"""Turns benchmark.sh's RESULT lines into one table (servers side by side) and lists each scenario's arguments.

    benchmark_table.py RESULTS [--columns 'KEY=TITLE;KEY=TITLE...' --footer TEXT]

--columns names the servers (the RESULT lines' server=KEY) and their order, for other scripts than benchmark.sh
(cluster-benchmark.sh); --footer replaces the text above the scenarios' arguments.
"""
import sys

COLUMNS = [("original", "original (Python)"), ("ours", "ours (chatroom-server)"),
           ("ours-memory", "ours, history off"), ("ours-tls", "ours over TLS"),
           ("ours-irc", "ours over IRC"), ("inspircd", "InspIRCd 3 (IRC)")]
METRICS = [("joined", "join"), ("settled after the last join", "settle"), ("deliveries/s", "rate"), ("latency p50 / p99 ms", "lat"), ("p99 / p50", "ratio"),
           ("cross-node p50 / p99 ms", "cross"), ("lost", "loss"), ("server CPU per delivery", "cpu1"),
           ("server CPU per join", "cpujoin"),
           ("server memory (RSS)", "rss"), ("load average", "load")]


def jit(f, key):
    """' (JIT x)': the part of a CPU figure the server's JIT compiler threads used, when it has any."""
    part = float(f.get(key, -1))
    return " (JIT %.2f)" % part if part > 0 else ""


def fmt(f, metric):
    if f is None or f.get("missing"):
        return "n/a"
    if metric == "join":
        j = f["join_ms"]
        joined = "%s/%s" % (f["joined"], f["clients"])
        return (joined + " in %.2f s" % (float(j) / 1000)) if j != "timeout" else joined + " (timeout)"
    if metric == "rss":
        return "%s MB" % f.get("server_rss_mb", "?")
    if metric == "load":
        return f.get("load", "?")
    if metric == "settle":
        if "settle_ms" not in f:
            return "-"
        return "timeout" if f["settle_ms"] == "timeout" else "%.2f s" % (float(f["settle_ms"]) / 1000)
    if metric == "cpujoin":
        per = float(f.get("server_ms_per_join", -1))
        return "%.2f ms" % per + jit(f, "server_jit_ms_per_join") if per >= 0 and f["senders"] == "0" else "-"
    if f["senders"] == "0":
        return "-"
    if metric == "rate":
        return "{:,.0f}".format(float(f["deliveries_per_s"]))
    if metric == "lat":
        return "%s / %s" % (f["p50_ms"], f["p99_ms"])
    if metric == "cross":
        return "%s / %s" % (f["cross_p50_ms"], f["cross_p99_ms"]) if "cross_p50_ms" in f else "-"
    if metric == "ratio":
        p50 = float(f["p50_ms"])
        return "%.1fx" % (float(f["p99_ms"]) / p50) if p50 > 0 else "?"
    if metric == "cpu1":
        return "%.2f us" % float(f.get("server_us_per_delivery", -1)) + jit(f, "server_jit_us_per_delivery")
    if metric == "loss":
        return "%s (%.3f %%)" % (f["lost"], float(f["loss_pct"])) + (
            ", %s corrupt" % f["corrupt"] if f["corrupt"] != "0" else "") + (
            ", %s leaked" % f["leaked"] if f.get("leaked", "0") != "0" else "")
    return "?"


FOOTER = """load-tool arguments per scenario (each against a fresh server, ours after a 3 s unmeasured warm-up run,
over TLS after 500 warm-up joins; lost = not delivered intact by the end of the drain; CPU per delivery = server
CPU from the first send to the end of the drain / deliveries; CPU per join = server CPU from the first connect to
the last join / clients joined; (JIT x) = the part of it the JVM's JIT compiler threads used, a fresh JVM's warm-up
rather than its steady state; load average = the 1-minute figure at the end of the run):"""


def main(path, columns=COLUMNS, footer=FOOTER):
    rows, order, described = {}, [], []
    for line in open(path):
        if line.startswith("SCENARIO "):
            described.append(line[len("SCENARIO "):].strip())
            continue
        fields = dict(f.split("=", 1) for f in line.split()[1:])
        key = fields["scenario"]
        if key not in order:
            order.append(key)
        rows.setdefault(key, {})[fields["server"]] = fields
    used = [(server, title) for server, title in columns if any(server in rows[s] for s in order)]
    head = ("scenario", "metric") + tuple(title for _, title in used)
    table = []
    for s in order:
        for label, m in METRICS:
            cells = tuple(fmt(rows[s].get(server), m) if server in rows[s] else "" for server, _ in used)
            if all(c in ("-", "n/a", "") for c in cells):
                continue
            table.append((s, label) + cells)
    widths = [max(len(r[i]) for r in table + [head]) for i in range(len(head))]
    line = lambda r: "| " + " | ".join(r[i].ljust(widths[i]) for i in range(len(head))) + " |"
    print(line(head))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in table:
        print(line(r))
    print()
    print(footer)
    for d in described:
        print("  " + d)


if __name__ == "__main__":
    options = dict(zip(sys.argv[2::2], sys.argv[3::2]))
    main(sys.argv[1],
         [tuple(c.split("=", 1)) for c in options["--columns"].split(";")] if "--columns" in options else COLUMNS,
         options.get("--footer", FOOTER))
