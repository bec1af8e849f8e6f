#!/usr/bin/env python3
"""Measures CPU per request of a running storefront stack, per endpoint kind, closed loop with wrk.

    bench/cost-runner.py --url URL --database-url URL --storefront-pid N --partners-pid N \
        --redis-pid N --postmaster-pid N [--seconds 10] [--connections 32] [--statements] [--out FILE]

Run by bench/storefront-cost.sh, which starts the stack. For each kind (product by id, list page,
search, create order, product by id after the orders) it warms up, runs wrk for --seconds, and divides
each process's CPU time (utime + stime from /proc; for PostgreSQL the postmaster and every backend,
including backends that exited, through the postmaster's cutime/cstime) by the requests wrk completed.
An order's figure covers everything the order causes: the outbox delivery to the partner simulator and
the simulator's payment webhook back to storefront, measured until the outbox and the webhook queue are
empty again. Prints a Markdown table and the cores the template's peak mix would need.
"""
import argparse
import csv
import json
import os
import re
import subprocess
import sys
import time
import urllib.request

TICKS = os.sysconf("SC_CLK_TCK")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The template's peak: requests per second of each kind.
PEAK_MIX = {"product": 2500, "list": 1000, "search": 1000, "order": 500}


def stat_fields(pid):
    with open(f"/proc/{pid}/stat") as handle:
        data = handle.read()
    return data[data.rindex(")") + 2 :].split()


def process_seconds(pid):
    """utime + stime of one process, in seconds."""
    fields = stat_fields(pid)
    return (int(fields[11]) + int(fields[12])) / TICKS


def postgres_seconds(postmaster):
    """The postmaster, its live children, and its exited children (cutime + cstime)."""
    fields = stat_fields(postmaster)
    total = sum(int(fields[index]) for index in (11, 12, 13, 14))
    for pid in os.listdir("/proc"):
        if not pid.isdigit() or int(pid) == postmaster:
            continue
        try:
            child = stat_fields(pid)
        except OSError:
            continue
        if int(child[1]) == postmaster:
            total += int(child[11]) + int(child[12])
    return total / TICKS


class Stack:
    """The measured processes."""

    def __init__(self, args):
        self.pids = {"storefront": args.storefront_pid, "redis": args.redis_pid, "partners": args.partners_pid}
        self.postmaster = args.postmaster_pid

    def snapshot(self):
        figures = {name: process_seconds(pid) for name, pid in self.pids.items()}
        figures["postgres"] = postgres_seconds(self.postmaster)
        figures["_time"] = time.monotonic()
        return figures


class SQL:
    """One psql session kept open: polling through new connections would bill PostgreSQL a fork each."""

    def __init__(self, url):
        self.process = subprocess.Popen(
            ["psql", url, "-At", "-q", "-v", "ON_ERROR_STOP=1"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1,
        )

    def value(self, query):
        self.process.stdin.write(query.rstrip(";") + ";\n\\echo __end__\n")
        self.process.stdin.flush()
        lines = []
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise RuntimeError(f"psql ended while running: {query}")
            line = line.rstrip("\n")
            if line == "__end__":
                return "\n".join(lines)
            lines.append(line)

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=10)


def http(method, url, body=None, token=None):
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"null")


def lua_list(values):
    return "{" + ",".join(json.dumps(value) for value in values) + "}"


def write_scripts(work, ids, terms, token):
    scripts = {
        "product": f"""
local ids = {lua_list(ids)}
request = function()
  return wrk.format("GET", "/api/v1/products/" .. ids[math.random(#ids)])
end
""",
        "list": """
request = function()
  return wrk.format("GET", "/api/v1/products?page=" .. math.random(5) .. "&limit=20")
end
""",
        "search": f"""
local terms = {lua_list(terms)}
request = function()
  return wrk.format("GET", "/api/v1/products?q=" .. terms[math.random(#terms)] .. "&limit=10")
end
""",
        "order": f"""
local ids = {lua_list(ids)}
local counter = 0
local prefix = tostring(os.time()) .. "-" .. tostring(math.random(1000000000))
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer {token}"
wrk.headers["Content-Type"] = "application/json"
request = function()
  counter = counter + 1
  wrk.headers["Idempotency-Key"] = "cost-" .. prefix .. "-" .. counter
  local body = '{{"items":[{{"product_id":"' .. ids[math.random(#ids)] .. '","quantity":1}}]}}'
  return wrk.format("POST", "/api/v1/orders", nil, body)
end
""",
    }
    paths = {}
    for kind, text in scripts.items():
        path = os.path.join(work, f"{kind}.lua")
        with open(path, "w") as handle:
            handle.write(text)
        paths[kind] = path
    return paths


def wrk(url, script, seconds, connections):
    output = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "-s", script, url],
        capture_output=True, text=True, check=True,
    ).stdout
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    failed = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return requests, int(failed.group(1)) if failed else 0


def backlog(sql):
    # Partial indexes answer the first two, the primary key the last, so polling costs PostgreSQL little.
    row = sql.value(
        "SELECT (SELECT count(*) FROM outbox_messages WHERE status = 'pending') || ' ' || "
        "(SELECT count(*) FROM webhook_events WHERE processed_at IS NULL) || ' ' || "
        "(SELECT coalesce(max(id), 0) FROM webhook_events)"
    )
    pending, unprocessed, webhooks = (int(value) for value in row.split())
    return pending, unprocessed, webhooks


def drain(sql, limit=180):
    """Waits until the outbox and the webhook queue are empty and no webhook arrived for a second."""
    start = time.monotonic()
    last_webhooks, quiet_since = -1, None
    while time.monotonic() - start < limit:
        pending, unprocessed, webhooks = backlog(sql)
        if pending == 0 and unprocessed == 0 and webhooks == last_webhooks:
            quiet_since = quiet_since or time.monotonic()
            if time.monotonic() - quiet_since >= 1.0:
                return time.monotonic() - start - 1.0
        else:
            quiet_since = None
        last_webhooks = webhooks
        time.sleep(0.1)
    raise RuntimeError(f"outbox not drained after {limit} s: {backlog(sql)}")


class Profiler:
    """`perf record -g` on storefront and on every PostgreSQL process while a phase runs (--profile)."""

    def __init__(self, directory, stack):
        self.directory = directory
        self.stack = stack
        self.processes = []

    def __enter__(self):
        os.makedirs(self.directory, exist_ok=True)
        postgres = [str(self.stack.postmaster)] + [
            pid for pid in os.listdir("/proc") if pid.isdigit() and self._parent(pid) == self.stack.postmaster
        ]
        for name, pids in (("storefront", [str(self.stack.pids["storefront"])]), ("postgres", postgres)):
            output = os.path.join(self.directory, f"{name}.perf.data")
            self.processes.append((name, output, subprocess.Popen(
                ["perf", "record", "-F", "499", "-g", "-o", output, "-p", ",".join(pids)],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)))
        return self

    def __exit__(self, *exc):
        for _, _, process in self.processes:
            process.send_signal(2)
            process.wait(timeout=60)

    @staticmethod
    def _parent(pid):
        try:
            return int(stat_fields(pid)[1])
        except (OSError, IndexError, ValueError):
            return None

    def report(self, lines=25):
        for name, output, _ in self.processes:
            for sort, title, limit in (("dso", "by module", 10), ("symbol", "top symbols", lines)):
                text = subprocess.run(
                    ["perf", "report", "-i", output, "--no-children", "-g", "none", "--sort", sort, "--stdio"],
                    capture_output=True, text=True).stdout
                rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
                print(f"\n{name}, {title}, during the order phase (perf record, self time):")
                for row in rows[:limit]:
                    print("  " + " ".join(row.split()))


def measure(stack, body):
    before = stack.snapshot()
    result = body()
    after = stack.snapshot()
    cpu = {name: after[name] - before[name] for name in after if not name.startswith("_")}
    return result, cpu, after["_time"] - before["_time"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--storefront-pid", type=int, required=True)
    parser.add_argument("--partners-pid", type=int, required=True)
    parser.add_argument("--redis-pid", type=int, required=True)
    parser.add_argument("--postmaster-pid", type=int, required=True)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--admin-email", default=os.environ.get("ADMIN_EMAIL", "admin@storefront.test"))
    parser.add_argument("--admin-password", default=os.environ.get("ADMIN_PASSWORD", "admin-password-123"))
    parser.add_argument("--statements", action="store_true")
    parser.add_argument("--profile", metavar="DIR", help="perf record storefront and PostgreSQL during the order phase")
    parser.add_argument("--work", default=os.path.join(ROOT, ".local", "bench", "cost"))
    parser.add_argument("--out")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    stack = Stack(args)
    sql = SQL(args.database_url)
    api = args.url.rstrip("/") + "/api/v1"

    durability = sql.value("SELECT current_setting('fsync') || '/' || current_setting('synchronous_commit') || '/' || current_setting('full_page_writes')")
    admin = http("POST", f"{api}/auth/login", {"email": args.admin_email, "password": args.admin_password})["token"]
    shopper = http("POST", f"{api}/auth/login", {"email": "user1@storefront.test", "password": "password123"})["token"]
    ids = [product["id"] for product in http("GET", f"{api}/products?limit=100&in_stock=true")["data"]]
    # Orders must succeed for the whole run: give the products they pick more stock than any run sells.
    for product_id in ids:
        http("PATCH", f"{api}/products/{product_id}", {"stock": 100_000_000}, token=admin)
    with open(os.path.join(ROOT, "Scenarios", "data", "search-terms.csv")) as handle:
        terms = [row["term"] for row in csv.DictReader(handle)]
    scripts = write_scripts(args.work, ids, terms, shopper)

    _, idle, idle_seconds = measure(stack, lambda: time.sleep(3))
    rows = []

    def read_phase(label, kind):
        wrk(args.url, scripts[kind], 2, args.connections)  # warm caches and pools
        (requests, failed), cpu, elapsed = measure(stack, lambda: wrk(args.url, scripts[kind], args.seconds, args.connections))
        rows.append({"label": label, "kind": kind, "requests": requests, "failed": failed, "rate": requests / elapsed,
                     "cpu": cpu, "units": requests})

    read_phase("product by id (cached)", "product")
    read_phase("list page (cached)", "list")
    read_phase("search (cached)", "search")

    wrk(args.url, scripts["order"], 2, min(args.connections, 16))
    drain(sql)
    if args.statements:
        sql.value("SELECT pg_stat_statements_reset()")
    orders_before = int(sql.value("SELECT count(*) FROM orders"))

    def order_load():
        load_start = time.monotonic()
        result = wrk(args.url, scripts["order"], args.seconds, min(args.connections, 16))
        load_seconds = time.monotonic() - load_start
        return result, load_seconds, drain(sql)

    profiler = Profiler(args.profile, stack) if args.profile else None
    if profiler:
        with profiler:
            ((requests, failed), load_seconds, drain_seconds), cpu, elapsed = measure(stack, order_load)
    else:
        ((requests, failed), load_seconds, drain_seconds), cpu, elapsed = measure(stack, order_load)
    created = int(sql.value("SELECT count(*) FROM orders")) - orders_before
    rows.append({"label": "create order, with its outbox delivery and payment webhook", "kind": "order",
                 "requests": requests, "failed": failed, "rate": requests / load_seconds, "cpu": cpu, "units": created,
                 "drain": drain_seconds})
    statements = None
    if args.statements:
        statements = sql.value(
            "SELECT round(total_exec_time::numeric / " + str(max(created, 1)) + " * 1000) || ' us/order | ' || calls || ' calls | ' "
            "|| regexp_replace(left(query, 110), '\\s+', ' ', 'g') FROM pg_stat_statements "
            "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            "ORDER BY total_exec_time DESC LIMIT 20"
        )
    read_phase("product by id, after the orders", "product")
    sql.close()

    def per_unit(row, name):
        return row["cpu"][name] / max(row["units"], 1) * 1e6

    print(f"PostgreSQL durability (fsync/synchronous_commit/full_page_writes): {durability}")
    print(f"closed loop, wrk -t1 -c{args.connections} (orders -c{min(args.connections, 16)}), {args.seconds} s per kind; "
          f"idle background over {idle_seconds:.0f} s: " + ", ".join(f"{name} {seconds / idle_seconds * 1e3:.1f} ms/s" for name, seconds in sorted(idle.items())))
    print()
    print("| request | req/s | storefront CPU | PostgreSQL CPU | Redis CPU | partner simulator | storefront + PostgreSQL + Redis |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in rows:
        server = sum(per_unit(row, name) for name in ("storefront", "postgres", "redis"))
        print(f"| {row['label']} | {row['rate']:,.0f} | {per_unit(row, 'storefront'):,.0f} µs | {per_unit(row, 'postgres'):,.0f} µs | "
              f"{per_unit(row, 'redis'):,.0f} µs | {per_unit(row, 'partners'):,.0f} µs | {server:,.0f} µs |")
        row["server_us"] = server
    order = next(row for row in rows if row["kind"] == "order")
    print()
    print(f"orders: {order['units']} created of {order['requests']} sent ({order['failed']} non-2xx); "
          f"outbox and webhook queue empty {order['drain']:.1f} s after the load ended")
    by_kind = {row["kind"]: row for row in rows if row["label"] != "product by id, after the orders"}
    total = 0.0
    parts = []
    for kind, rate in PEAK_MIX.items():
        cores = rate * by_kind[kind]["server_us"] / 1e6
        total += cores
        parts.append(f"{rate:,}/s × {by_kind[kind]['server_us']:,.0f} µs = {cores:.3f}")
    print(f"peak mix estimate (storefront + PostgreSQL + Redis): {' + '.join(parts)} = {total:.2f} cores (target ≤ 1.0)")
    if statements:
        print()
        print("PostgreSQL statements during the order phase (execution time per order created):")
        print(statements)
    if profiler:
        print("\n(--profile: perf's own overhead is in this run's CPU figures)")
        profiler.report()
    if args.out:
        with open(args.out, "w") as handle:
            json.dump({"durability": durability, "rows": rows, "peak_cores": total, "idle": idle}, handle, indent=2)


if __name__ == "__main__":
    try:
        main()
    except (RuntimeError, subprocess.CalledProcessError, OSError) as error:
        print(f"cost-runner: {error}", file=sys.stderr)
        sys.exit(1)
