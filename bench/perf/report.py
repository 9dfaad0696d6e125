#!/usr/bin/env python3
"""Prints hyperfine JSON results side by side and checks a ratio.

  report.py RESULTS.json [--check A B OP LIMIT LABEL] ...

Each command's median wall time, its mean user+system CPU time and the
range; --check prints median(A) / median(B) (commands by 0-based index),
its CPU-time ratio, and PASS or FAIL against OP ('<=' or '>=') LIMIT.
Exit status 1 when a check fails."""
import json
import statistics
import sys


def main():
    args = sys.argv[1:]
    data = json.load(open(args[0]))["results"]
    checks = []
    i = 1
    while i < len(args):
        if args[i] == "--check":
            checks.append(args[i + 1:i + 6])
            i += 6
        else:
            sys.exit("report.py: unknown argument " + args[i])
    w = max(len(r["command"]) for r in data)
    w = min(w, 90)
    print("  %-*s %10s %10s %18s" % (w, "command", "median s", "cpu s",
                                    "min … max s"))
    med, cpu = [], []
    for r in data:
        m = statistics.median(r["times"])
        c = r["user"] + r["system"]
        med.append(m)
        cpu.append(c)
        cmd = r["command"]
        if len(cmd) > w:
            cmd = cmd[:w - 1] + "…"
        print("  %-*s %10.4f %10.4f %8.4f … %7.4f" % (w, cmd, m, c, r["min"],
                                                   r["max"]))
    failed = 0
    for a, b, op, limit, label in checks:
        a, b, limit = int(a), int(b), float(limit)
        ratio = med[a] / med[b]
        cratio = cpu[a] / cpu[b] if cpu[b] else float("nan")
        ok = ratio <= limit if op == "<=" else ratio >= limit
        failed += not ok
        print("  %s: %.3f (wall, medians)  %.3f (cpu)  target %s %g  %s" %
              (label, ratio, cratio, op, limit, "PASS" if ok else "FAIL"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
