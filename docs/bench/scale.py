#!/usr/bin/env python3
"""Scale, through the app: start-up, heap and live-reload latency with a synthetic library.

For each N given: writes N synthetic articles × 30 figures (org.evidencereader.bench.SyntheticLibrary,
from the test classes) to a temporary folder, starts target/evidence-reader.jar on it with
-Xmx768m (default G1, watching the folder), and measures
  start   from `java -jar` to the first annotated page served (/articles/syn-00000 with data-figure-id)
  heap    jcmd GC.run, then GC.heap_info: heap used after a full GC, after that first page
  reload  EDITS times: rewrite claims/syn-00000/power.yaml (the first chip power ±1 W) and poll the
          derivation page of the total power until it changes (as docs/bench/reload-latency.py)
  all     every article's reader page in Chinese and English and its ledger asked for once (3 N
          pages, one at a time), then the heap after a full GC again: bounded by reader.page-cache

usage: [JAR=other.jar] python3 docs/bench/scale.py [EDITS=20] N...   e.g. python3 docs/bench/scale.py 20 10 1000
       (JAR: another build of evidence-reader.jar, with its lib/ folder beside it)
       (after ./mvnw -DskipTests package and
        ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test)
"""
import os, re, shutil, signal, statistics, subprocess, sys, tempfile, time, urllib.request

EDITS = int(sys.argv[1]) if len(sys.argv) > 1 else 20
SIZES = [int(n) for n in sys.argv[2:]] or [10, 1000]
PORT = 18097
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
jar = os.environ.get("JAR", os.path.join(root, "target", "evidence-reader.jar"))
cp = ":".join([os.path.join(root, "target", "test-classes"), os.path.join(root, "target", "classes"),
               open(os.path.join(root, "target", "test-cp.txt")).read().strip()])
base = f"http://127.0.0.1:{PORT}"

def get(path):
    try:
        with urllib.request.urlopen(base + path, timeout=5) as r:
            return r.status, r.read().decode("utf-8")
    except OSError:
        return 0, ""

def heap(pid):
    subprocess.run(["jcmd", str(pid), "GC.run"], capture_output=True, check=True)
    info = subprocess.run(["jcmd", str(pid), "GC.heap_info"], capture_output=True, text=True, check=True).stdout
    total, used = re.search(r"total (\d+)K, used (\d+)K", info).groups()
    return int(used) / 1024, int(total) / 1024

def load():
    return open("/proc/loadavg").read().split()[0]

for n in SIZES:
    work = tempfile.mkdtemp(prefix=f"scale-app-{n}-")
    subprocess.run(["java", "-cp", cp, "org.evidencereader.bench.SyntheticLibrary", work, str(n)], check=True,
                   stdout=subprocess.DEVNULL)
    claim = os.path.join(work, "claims", "syn-00000", "power.yaml")
    original = open(claim, encoding="utf-8").read()
    watts = int(re.search(r"value: (\d+) W", original).group(1))
    load_before = load()
    t0 = time.monotonic()
    server = subprocess.Popen(["java", "-Xmx768m", "-jar", jar, f"--server.port={PORT}", "--server.address=127.0.0.1",
                               f"--reader.articles-dir={work}/articles", f"--reader.claims-dir={work}/claims"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            status, body = get("/articles/syn-00000")
            if status == 200 and "data-figure-id" in body:
                break
            if server.poll() is not None or time.monotonic() - t0 > 300:
                sys.exit(f"N={n}: the app did not serve its first page")
            time.sleep(0.01)
        start = time.monotonic() - t0
        used, committed = heap(server.pid)
        page = "/articles/syn-00000/figures/p0-total-power"
        previous = get(page)[1]
        samples = []
        for i in range(EDITS):
            text = original.replace(f"value: {watts} W", f"value: {watts + 1} W") if i % 2 == 0 else original
            t = time.perf_counter()
            with open(claim, "w", encoding="utf-8") as f:
                f.write(text)
            while True:
                status, body = get(page)
                if status == 200 and body != previous:
                    break
                if time.perf_counter() - t > 20:
                    sys.exit(f"N={n}: edit {i} was not served within 20 s")
                time.sleep(0.002)
            samples.append((time.perf_counter() - t) * 1000)
            previous = body
            time.sleep(0.2)
        samples.sort()
        # Every reader page of the library in both languages, and its ledger in Chinese: the pages
        # kept in memory are bounded by reader.page-cache (64 MB), not by the number of articles.
        t = time.monotonic()
        asked = 0
        for k in range(n):
            for path, language in ((f"/articles/syn-{k:05d}", "zh"), (f"/articles/syn-{k:05d}", "en"),
                                   (f"/articles/syn-{k:05d}/ledger", "zh")):
                request = urllib.request.Request(base + path, headers={"Accept-Language": language})
                with urllib.request.urlopen(request, timeout=30) as r:
                    r.read()
                asked += 1
        read_all = time.monotonic() - t
        used_all, committed_all = heap(server.pid)
        print(f"N={n}: start to first page {start:.1f} s; heap after GC {used:.1f} MiB used "
              f"({committed:.0f} MiB committed); reload × {EDITS}: median {statistics.median(samples):.0f} ms, "
              f"p90 {samples[int(0.9 * (EDITS - 1))]:.0f} ms, max {samples[-1]:.0f} ms; "
              f"after {asked} pages asked for once each ({read_all:.0f} s): heap after GC {used_all:.1f} MiB used "
              f"({committed_all:.0f} MiB committed) "
              f"(load average {load_before} before, {load()} after)", flush=True)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
        shutil.rmtree(work, ignore_errors=True)
