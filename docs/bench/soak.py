#!/usr/bin/env python3
"""Soak test: readers under load while an editor keeps saving a claim file, good and broken.

Starts target/evidence-reader.jar on a temporary copy of articles/ and claims/, bound to 127.0.0.1,
then for --seconds (60) runs --connections (64) keep-alive HTTP connections (python threads with
http.client) against the reader page and the API, while a writer rewrites
claims/baidu-sora/power.yaml every --interval (0.25 s), cycling

    700 W (good)  ->  broken YAML  ->  350 W (good)  ->  broken YAML  ->  700 W ...

Every response is checked against the two complete library versions, learnt before the load starts:

  page  GET /articles/baidu-sora  200, ends with </html>, and the number of times '504,000 kW' and
        '252,000 kW' appear is exactly that of the 700 W page or of the 350 W page;
  api   GET /api/articles/baidu-sora/figures/total-power  200, JSON that parses, value.low is
        5.04e8 W (700 W) or 2.52e8 W (350 W), and h100-power agrees when asked
        (GET /api/articles/baidu-sora/figures/h100-power, 700 W or 350 W).

A response that matches neither version is 'torn'; a 5xx is counted separately; a broken save must
never show (the last good version stays served). Prints a JSON summary; exit status 1 if any 5xx,
torn or failed request. Loopback only; the loop ends after --seconds.

    ./mvnw -q -o package -DskipTests && python3 docs/bench/soak.py [--in-place]
"""

import argparse
import http.client
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

HOST = "127.0.0.1"
SLUG = "baidu-sora"
PAGE = f"/articles/{SLUG}"
API_TOTAL = f"/api/articles/{SLUG}/figures/total-power"
API_UNIT = f"/api/articles/{SLUG}/figures/h100-power"
CLAIM = Path("claims") / SLUG / "power.yaml"
BROKEN_TAIL = "\n  broken-by-the-soak-test: [this list is never closed\n"


def free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def fetch(conn, path):
    conn.request("GET", path, headers={"Accept-Language": "zh-CN"})
    response = conn.getresponse()
    return response.status, response.read()


def page_fingerprint(body):
    text = body.decode("utf-8", "replace")
    return (text.count("504,000 kW"), text.count("252,000 kW"), text.rstrip().endswith("</html>"))


def write(path, text, in_place):
    if in_place:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return
    tmp = path.with_name("." + path.name + ".soak-tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def wait_until(port, predicate, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=5)
            if predicate(conn):
                conn.close()
                return True
            conn.close()
        except OSError:
            pass
        time.sleep(0.2)
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jar", default="target/evidence-reader.jar",
                        help="the jar to run, with its lib/ folder beside it")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--interval", type=float, default=0.25)
    parser.add_argument("--in-place", action="store_true",
                        help="overwrite the claim file in place instead of writing a temporary file and renaming it")
    args = parser.parse_args()

    root = Path(__file__).resolve().parents[2]
    jar = (root / args.jar).resolve()
    work = Path(tempfile.mkdtemp(prefix="soak-"))
    shutil.copytree(root / "articles", work / "articles")
    shutil.copytree(root / "claims", work / "claims")
    claim = work / CLAIM
    good700 = claim.read_text(encoding="utf-8")
    assert "    value: 700 W\n" in good700, "power.yaml no longer gives h100-power as 700 W"
    good350 = good700.replace("    value: 700 W\n", "    value: 350 W\n", 1)
    broken = good700 + BROKEN_TAIL

    port = free_port()
    log = open(work / "server.log", "w")
    server = subprocess.Popen(["java", "-Xmx512m", "-jar", str(jar), f"--server.address={HOST}", f"--server.port={port}",
                               f"--reader.articles-dir={work / 'articles'}", f"--reader.claims-dir={work / 'claims'}"],
                              cwd=work, stdout=log, stderr=subprocess.STDOUT)
    try:
        if not wait_until(port, lambda c: fetch(c, PAGE)[0] == 200, 120):
            sys.exit("the server did not start; see " + str(work / "server.log"))

        # Learn both versions' page fingerprints before the load starts.
        fingerprints = {}
        for name, text, low in (("350 W", good350, 2.52e8), ("700 W", good700, 5.04e8)):
            write(claim, text, False)
            ok = wait_until(port, lambda c: json.loads(fetch(c, API_TOTAL)[1])["value"]["low"] == low, 30)
            assert ok, f"the {name} version was never served"
            time.sleep(0.5)
            conn = http.client.HTTPConnection(HOST, port, timeout=10)
            fingerprints[page_fingerprint(fetch(conn, PAGE)[1])] = name
            conn.close()
        assert len(fingerprints) == 2, f"the two versions' pages cannot be told apart: {fingerprints}"
        api_versions = {5.04e8: "700 W", 2.52e8: "350 W"}
        unit_versions = {700.0: "700 W", 350.0: "350 W"}

        stop = threading.Event()
        lock = threading.Lock()
        totals = Counter()
        seen = Counter()
        torn_examples = []
        latencies = []

        def reader(index):
            conn = http.client.HTTPConnection(HOST, port, timeout=30)
            n = index
            local_latencies = []
            while not stop.is_set():
                path = (PAGE, API_TOTAL, API_UNIT)[n % 3]
                n += 1
                started = time.monotonic()
                try:
                    status, body = fetch(conn, path)
                except (OSError, http.client.HTTPException) as e:
                    with lock:
                        totals["failed"] += 1
                        if len(torn_examples) < 5:
                            torn_examples.append(f"{path}: {type(e).__name__}: {e}")
                    conn.close()
                    conn = http.client.HTTPConnection(HOST, port, timeout=30)
                    continue
                local_latencies.append(time.monotonic() - started)
                verdict = None
                if status >= 500:
                    key = "5xx"
                elif status != 200:
                    key = "non-200"
                elif path == PAGE:
                    key = "page"
                    verdict = fingerprints.get(page_fingerprint(body))
                else:
                    key = "api"
                    try:
                        value = json.loads(body)["value"]["low"]
                        verdict = (api_versions if path == API_TOTAL else unit_versions).get(value)
                    except (ValueError, KeyError, TypeError):
                        verdict = None
                with lock:
                    totals["requests"] += 1
                    totals[key] += 1
                    if key in ("page", "api"):
                        if verdict is None:
                            totals["torn"] += 1
                            if len(torn_examples) < 5:
                                torn_examples.append(f"{path}: {body[:200]!r} … {body[-100:]!r}")
                        else:
                            seen[f"{key} {verdict}"] += 1
            conn.close()
            with lock:
                latencies.extend(local_latencies)

        saves = Counter()

        def writer():
            cycle = (("700 W", good700), ("broken", broken), ("350 W", good350), ("broken", broken))
            i = 0
            while not stop.is_set():
                name, text = cycle[i % len(cycle)]
                write(claim, text, args.in_place)
                saves[name] += 1
                i += 1
                stop.wait(args.interval)

        threads = [threading.Thread(target=reader, args=(i,), daemon=True) for i in range(args.connections)]
        write_thread = threading.Thread(target=writer, daemon=True)
        started = time.monotonic()
        for t in threads:
            t.start()
        write_thread.start()
        time.sleep(args.seconds)
        stop.set()
        for t in threads + [write_thread]:
            t.join(timeout=60)
        elapsed = time.monotonic() - started

        conn = http.client.HTTPConnection(HOST, port, timeout=10)
        diagnostics = json.loads(fetch(conn, "/api/diagnostics")[1])
        conn.close()
        latencies.sort()

        def pct(p):
            return round(latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000, 1) if latencies else None

        summary = {
            "seconds": round(elapsed, 1),
            "connections": args.connections,
            "save": "in place" if args.in_place else "temporary file + rename",
            "saves": dict(saves),
            "requests": totals["requests"],
            "requests_per_second": round(totals["requests"] / elapsed),
            "page_responses": totals["page"],
            "api_responses": totals["api"],
            "5xx": totals["5xx"],
            "non_200": totals["non-200"],
            "failed": totals["failed"],
            "torn": totals["torn"],
            "versions_seen": dict(sorted(seen.items())),
            "latency_ms": {"p50": pct(0.50), "p99": pct(0.99), "max": pct(1.0)},
            "diagnostics_at_end": {"errors": diagnostics.get("errors"), "warnings": diagnostics.get("warnings")},
            "torn_examples": torn_examples,
            "machine": {
                "cpus": os.cpu_count(),
                "cpu": next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
                if os.path.exists("/proc/cpuinfo") else platform.processor(),
                "os": platform.platform(),
                "python": platform.python_version(),
                "java": subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0],
            },
        }
        print(json.dumps(summary, indent=2, ensure_ascii=False))
        bad = totals["5xx"] or totals["torn"] or totals["failed"] or totals["non-200"]
        return 1 if bad else 0
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
