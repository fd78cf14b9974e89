#!/usr/bin/env python3
"""Slow clients: the reader page's latency while hundreds of clients send their requests a byte at a time.

Starts target/evidence-reader.jar (from the repository root, on articles/ and claims/, live reload
off) on a free loopback port, then measures GET /articles/baidu-sora, one request after another on
a fresh connection each time, in two phases of --seconds (20) each:

  quiet   no other traffic;
  attack  --bodies (250) what-if POSTs whose headers promise Content-Length: 4000 and whose body
          comes one byte every --interval (2 s), and --headers (250) requests whose header lines
          never end, one byte every --interval; a socket the server closes is counted and opened
          again at once, so the attack keeps its size.

Prints, per phase, the number of reader requests, failures (no answer within --timeout, 3 s, or
not a 200), and the latency percentiles in ms; then how many slow sockets the server dropped.
Exit status 1 if any reader request failed during the attack.

    ./mvnw -q -o package -DskipTests && python3 docs/bench/slow-clients.py
"""

import argparse
import http.client
import json
import os
import platform
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

HOST = "127.0.0.1"
PAGE = "/articles/baidu-sora"
BODY_HEAD = (b"POST /api/articles/baidu-sora/what-if HTTP/1.1\r\nHost: localhost\r\n"
             b"Content-Type: application/json\r\nContent-Length: 4000\r\n\r\n{")
HEADER_HEAD = b"GET /articles/baidu-sora HTTP/1.1\r\nHost: localhost\r\nX-Slow: "


def free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def reader_request(port, timeout):
    """Milliseconds for one page on a new connection, or None if it failed."""
    start = time.perf_counter()
    try:
        conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
        conn.request("GET", PAGE)
        response = conn.getresponse()
        body = response.read()
        conn.close()
        if response.status != 200 or not body.rstrip().endswith(b"</html>"):
            return None
    except OSError:
        return None
    return (time.perf_counter() - start) * 1000


def percentiles(values):
    if not values:
        return {}
    ordered = sorted(values)
    pick = lambda q: round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)
    return {"p50": pick(0.50), "p90": pick(0.90), "p99": pick(0.99), "max": round(ordered[-1], 1)}


def measure(port, seconds, timeout):
    latencies, failures = [], 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        ms = reader_request(port, timeout)
        if ms is None:
            failures += 1
        else:
            latencies.append(ms)
    return {"requests": len(latencies) + failures, "failures": failures, "latency_ms": percentiles(latencies)}


class Attack:
    """The slow sockets, driven from one thread; each closed by the server is reopened."""

    def __init__(self, port, bodies, headers, interval):
        self.port, self.interval = port, interval
        self.kinds = [("body", BODY_HEAD, b" ")] * bodies + [("header", HEADER_HEAD, b"a")] * headers
        self.sockets = [None] * len(self.kinds)
        self.dropped = {"body": 0, "header": 0}
        self.running = True

    def open(self, i):
        s = socket.create_connection((HOST, self.port), timeout=5)
        s.setblocking(False)
        s.send(self.kinds[i][1])
        self.sockets[i] = s

    def run(self):
        for i in range(len(self.kinds)):
            self.open(i)
        while self.running:
            next_round = time.monotonic() + self.interval
            for i, s in enumerate(self.sockets):
                try:
                    try:
                        s.recv(1, socket.MSG_PEEK)  # an answer, or the end of the stream
                        raise ConnectionError("answered or closed")
                    except BlockingIOError:
                        pass  # nothing from the server yet
                    s.send(self.kinds[i][2])
                except OSError:
                    self.dropped[self.kinds[i][0]] += 1
                    s.close()
                    try:
                        self.open(i)
                    except OSError:
                        pass
            time.sleep(max(0.0, next_round - time.monotonic()))
        for s in self.sockets:
            s.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jar", default="target/evidence-reader.jar")
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--bodies", type=int, default=250)
    parser.add_argument("--headers", type=int, default=250)
    parser.add_argument("--interval", type=float, default=2.0)
    parser.add_argument("--timeout", type=float, default=3.0)
    args = parser.parse_args()

    root = Path(__file__).resolve().parents[2]
    port = free_port()
    server = subprocess.Popen(["java", "-jar", str((root / args.jar).resolve()), f"--server.address={HOST}",
                               f"--server.port={port}"],
                              cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while reader_request(port, args.timeout) is None:
            if server.poll() is not None or time.monotonic() > deadline:
                sys.exit("the server did not start")
            time.sleep(0.2)
        for _ in range(50):
            reader_request(port, args.timeout)  # warm up

        quiet = measure(port, args.seconds, args.timeout)
        attack = Attack(port, args.bodies, args.headers, args.interval)
        driver = threading.Thread(target=attack.run, daemon=True)
        driver.start()
        time.sleep(1)  # let every slow socket connect before measuring
        under_attack = measure(port, args.seconds, args.timeout)
        attack.running = False
        driver.join()
    finally:
        server.terminate()
        try:
            server.wait(60)  # a graceful shutdown waits up to 30 s for requests in flight
        except subprocess.TimeoutExpired:
            server.kill()

    print(json.dumps({
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores",
        "attack": {"slow_bodies": args.bodies, "slow_headers": args.headers, "byte_every_s": args.interval},
        "quiet": quiet,
        "under_attack": under_attack,
        "slow_sockets_dropped_by_server": attack.dropped,
    }, indent=2))
    sys.exit(1 if under_attack["failures"] else 0)


if __name__ == "__main__":
    main()
