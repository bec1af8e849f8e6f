#!/usr/bin/env python3
"""Runs a command and prints what it cost: CPU seconds (user + system) and peak RSS.

    bench/measure.py OUT.json -- COMMAND [ARGS...]

The figures come from getrusage(RUSAGE_CHILDREN) around the one child, so they count the
command and everything it waited for, and nothing else. The command's own output passes through.
"""
import json
import resource
import subprocess
import sys
import time


def main() -> int:
    if len(sys.argv) < 4 or sys.argv[2] != "--":
        print(__doc__, file=sys.stderr)
        return 2
    out, command = sys.argv[1], sys.argv[3:]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    status = subprocess.call(command)
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    figures = {
        "status": status,
        "wall_seconds": wall,
        "user_seconds": after.ru_utime - before.ru_utime,
        "system_seconds": after.ru_stime - before.ru_stime,
        "cpu_seconds": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
        "max_rss_kib": after.ru_maxrss,
    }
    with open(out, "w") as handle:
        json.dump(figures, handle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
