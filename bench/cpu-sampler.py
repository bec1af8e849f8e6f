#!/usr/bin/env python3
"""Samples CPU use per program (storefront, partners, postgres, redis-server, barrage, …) once a second.

    bench/cpu-sampler.py OUT.json DURATION_SECONDS [DATABASE_URL]

Reads utime+stime of every process in /proc, groups them by command name, and reports each
group's average and peak cores used over the window. With DATABASE_URL it also samples
pg_stat_activity (active backends by wait event) through psql, to tell CPU from lock or I/O waits.
"""
import json
import os
import subprocess
import sys
import time

TICKS = os.sysconf("SC_CLK_TCK")


def program(pid, name):
    """The group a process counts in: its command name, except that the partner simulator
    (`storefront partners`, the same binary as the server) is `partners`."""
    if name.startswith("storefront"):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as handle:
                if b"\0partners" in handle.read():
                    return "partners"
        except OSError:
            pass
    return name


def cpu_by_command():
    totals = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as handle:
                data = handle.read()
        except OSError:
            continue
        name = data[data.index("(") + 1 : data.rindex(")")]
        fields = data[data.rindex(")") + 2 :].split()
        ticks = int(fields[11]) + int(fields[12])
        totals[(pid, program(pid, name))] = ticks
    return totals


def waits(database_url):
    query = (
        "select coalesce(wait_event_type, 'CPU'), count(*) from pg_stat_activity "
        "where state = 'active' and pid <> pg_backend_pid() group by 1"
    )
    try:
        output = subprocess.run(
            ["psql", database_url, "-At", "-F", " ", "-c", query], capture_output=True, text=True, timeout=2
        ).stdout
    except Exception:
        return {}
    result = {}
    for line in output.splitlines():
        kind, count = line.rsplit(" ", 1)
        result[kind] = int(count)
    return result


def main():
    out, duration = sys.argv[1], float(sys.argv[2])
    database_url = sys.argv[3] if len(sys.argv) > 3 else None
    samples = {}
    wait_samples = {}
    previous = cpu_by_command()
    previous_time = time.monotonic()
    end = previous_time + duration
    while time.monotonic() < end:
        time.sleep(1)
        current = cpu_by_command()
        now = time.monotonic()
        interval = now - previous_time
        per_group = {}
        for key, ticks in current.items():
            delta = ticks - previous.get(key, ticks)
            group = key[1].split()[0]
            per_group[group] = per_group.get(group, 0) + delta / TICKS / interval
        for group, cores in per_group.items():
            samples.setdefault(group, []).append(cores)
        if database_url:
            for kind, count in waits(database_url).items():
                wait_samples.setdefault(kind, []).append(count)
        previous, previous_time = current, now
    report = {
        group: {"average_cores": sum(values) / len(values), "peak_cores": max(values)}
        for group, values in samples.items()
        if max(values) > 0.02
    }
    report["_pg_active_backends_by_wait"] = {
        kind: sum(values) / max(1, len(next(iter(samples.values()), [1]))) for kind, values in wait_samples.items()
    }
    with open(out, "w") as handle:
        json.dump(report, handle, indent=2, sort_keys=True)


if __name__ == "__main__":
    main()
