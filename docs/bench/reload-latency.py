#!/usr/bin/env python3
"""Live-reload latency: from saving a claim file to the next page load showing the change.

Starts target/evidence-reader.jar on a copy of the content (so the real files are never touched),
then N times rewrites the H100 power in the copy's claim file (700 W <-> 350 W) and polls the
reader page on loopback until it shows the new total (50.4万千瓦's figure page: 504,000 kW or
252,000 kW). Prints the median, p90 and max in milliseconds.

usage: python3 docs/bench/reload-latency.py [N]      (after ./mvnw -DskipTests package)
"""
import os, shutil, statistics, subprocess, sys, tempfile, time, urllib.request

N = int(sys.argv[1]) if len(sys.argv) > 1 else 40
PORT = 18089
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
work = tempfile.mkdtemp(prefix="reload-bench-")
shutil.copytree(os.path.join(root, "articles"), os.path.join(work, "articles"))
shutil.copytree(os.path.join(root, "claims"), os.path.join(work, "claims"))
claim = os.path.join(work, "claims", "baidu-sora", "power.yaml")
original = open(claim, encoding="utf-8").read()
url = f"http://127.0.0.1:{PORT}/articles/baidu-sora/figures/total-power"

server = subprocess.Popen(["java", "-jar", os.path.join(root, "target", "evidence-reader.jar"),
                           f"--server.port={PORT}", f"--reader.articles-dir={work}/articles",
                           f"--reader.claims-dir={work}/claims"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def page():
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""

try:
    deadline = time.time() + 60
    while "504,000 kW" not in page():
        if time.time() > deadline:
            sys.exit("server did not start")
        time.sleep(0.1)
    samples = []
    for i in range(N):
        watts, expected = ("350 W", "252,000 kW") if i % 2 == 0 else ("700 W", "504,000 kW")
        text = original.replace("value: 700 W", "value: " + watts)
        start = time.perf_counter()
        with open(claim, "w", encoding="utf-8") as f:
            f.write(text)
        while expected not in page():
            if time.perf_counter() - start > 10:
                sys.exit(f"edit {i} was not served within 10 s")
            time.sleep(0.002)
        samples.append((time.perf_counter() - start) * 1000)
        time.sleep(0.2)
    samples.sort()
    print(f"edits: {N}  median: {statistics.median(samples):.0f} ms  "
          f"p90: {samples[int(0.9 * (N - 1))]:.0f} ms  max: {samples[-1]:.0f} ms")
finally:
    server.terminate()
    server.wait()
    shutil.rmtree(work, ignore_errors=True)
