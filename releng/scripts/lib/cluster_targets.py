#!/usr/bin/env python3
"""Checks cluster-benchmark.sh's RESULT lines against issue 10's targets and prints one line per target:
one node on Redis keeps at least 50 % of the embedded log's ceiling (unpaced deliveries/s), with p99 under 30 ms
paced at 1.2M deliveries/s; three nodes deliver more in aggregate than one (unpaced, clients spread over them)."""
import sys

PACED, UNPACED = "500x10@2400", "500x10"


def read(path):
    runs = {}
    for line in open(path):
        if line.startswith("RESULT "):
            fields = dict(f.split("=", 1) for f in line.split()[1:])
            if not fields.get("missing"):
                runs[(fields["server"], fields["scenario"])] = fields
    return runs


def rate(run):
    return float(run["deliveries_per_s"])


def verdict(ok):
    return "met" if ok else "NOT met"


def main(path):
    runs = read(path)
    emb, r1, r3 = (runs.get((s, UNPACED)) for s in ("embedded-1", "redis-1", "redis-3"))
    paced = runs.get(("redis-1", PACED))
    print("targets (issue 10):")
    if emb and r1:
        share = rate(r1) / rate(emb) if rate(emb) > 0 else 0
        print("  one node on Redis, unpaced: %.1f %% of the embedded ceiling (%s of %s deliveries/s; target 50 %%): %s"
              % (100 * share, "{:,.0f}".format(rate(r1)), "{:,.0f}".format(rate(emb)), verdict(share >= 0.5)))
    else:
        print("  one node on Redis against the embedded ceiling: n/a (a run is missing)")
    if paced:
        p99 = float(paced["p99_ms"])
        full = rate(paced) >= 0.95 * 1.2e6 and paced["lost"] == "0"
        print("  one node on Redis, paced at 1.2M deliveries/s: %s deliveries/s, p99 %.1f ms, lost %s (target p99 < 30 ms"
              " at the full rate, nothing lost): %s" % ("{:,.0f}".format(rate(paced)), p99, paced["lost"],
                                                      verdict(full and p99 < 30)))
    else:
        print("  one node on Redis, paced: n/a (the run is missing)")
    if r1 and r3:
        print("  three nodes on Redis, unpaced: %s deliveries/s in aggregate against %s on one (target: more): %s"
              % ("{:,.0f}".format(rate(r3)), "{:,.0f}".format(rate(r1)), verdict(rate(r3) > rate(r1))))
    else:
        print("  three nodes against one: n/a (a run is missing)")


if __name__ == "__main__":
    main(sys.argv[1])
