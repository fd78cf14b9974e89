#!/usr/bin/env python3
"""Start-up: from `java -jar` to the first page served, alternating the applications below in one run.

  minimal  docs/bench/minimal: the smallest Boot 4.0.7 MVC app (GET / → "ok"), until / answers 200
  minimal-aot  the same jar with its AOT-generated bean definitions (-Dspring.aot.enabled=true), as
           the reader's jar uses its own: the like-for-like reference
  minimal-unpacked  the same jar unpacked the way Spring Boot recommends for a fast start
           (java -Djarmode=tools -jar minimal.jar extract): a plain jar naming its libraries in lib/,
           the layout of the reader's jar
  minimal-unpacked-aot  that, with its AOT bean definitions: the like-for-like reference (the same
           layout and AOT as the reader's jar)
  minimal-thymeleaf  docs/bench/minimal-thymeleaf: the minimal app plus Thymeleaf rendering one small
           page, until / answers 200 with data-figure-id in it: what Thymeleaf's first render costs alone
  empty    evidence-reader.jar with an empty articles folder, until / (the library page) answers 200
  reader   evidence-reader.jar with the real library, until /articles/baidu-sora answers 200 with
           data-figure-id in it (the first annotated page served). The server keeps nothing between
           runs, so every start renders that page: a restart costs what a first start costs. That
           page (Chinese, first article) is the one the server warms up at start-up, so this is
           the best case.
  reader-figure-en  the same jar, until the English page of a figure (/articles/baidu-sora/figures/
           total-power?lang=en) answers 200 with lang="en" in it: a page the warm-up does not
           render, as a first visitor from a link to a figure sees it.
Both reader runs keep watching the folders for edits, as the server does by default.

Each is started ROUNDS times (in turn), polled every 10 ms (in-process HTTP, no process per poll); the median is reported, with
the ratio reader/minimal. Then HanLP's first use is timed on its own (docs/bench/HanLpFirstUse.java),
and the heap after load is read with jcmd (GC.run, then GC.heap_info) from the reader after its
first page, and from the empty one.

usage: [APPS=reader,reader-figure-en] python3 docs/bench/startup.py [ROUNDS=5]
       (APPS: only these, without the HanLP and heap figures; the ratios need minimal too)
       (after ./mvnw -DskipTests package, ./mvnw -q -f docs/bench/minimal/pom.xml package and
        ./mvnw -q -f docs/bench/minimal-thymeleaf/pom.xml package)
"""
import os, re, shutil, signal, statistics, subprocess, sys, tempfile, time, urllib.error, urllib.request, zipfile

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
PORT = 18093
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
jar = os.path.join(root, "target", "evidence-reader.jar")
minimal = os.path.join(root, "docs", "bench", "minimal", "target", "minimal.jar")
minimal_thymeleaf = os.path.join(root, "docs", "bench", "minimal-thymeleaf", "target", "minimal-thymeleaf.jar")
empty = tempfile.mkdtemp(prefix="startup-empty-")
unpacked = tempfile.mkdtemp(prefix="startup-minimal-")
if not os.environ.get("APPS") or "minimal-unpacked" in os.environ["APPS"]:
    subprocess.run(["java", "-Djarmode=tools", "-jar", minimal, "extract", "--destination", unpacked, "--force"],
                   stdout=subprocess.DEVNULL, check=True)

apps = {
    "minimal": (["java", "-jar", minimal], "/", None),
    "minimal-aot": (["java", "-Dspring.aot.enabled=true", "-jar", minimal], "/", None),
    "minimal-unpacked": (["java", "-jar", os.path.join(unpacked, "minimal.jar")], "/", None),
    "minimal-unpacked-aot": (["java", "-Dspring.aot.enabled=true", "-jar", os.path.join(unpacked, "minimal.jar")], "/", None),
    "minimal-thymeleaf": (["java", "-jar", minimal_thymeleaf], "/", "data-figure-id"),
    "empty": (["java", "-jar", jar, f"--reader.articles-dir={empty}", f"--reader.claims-dir={empty}"], "/", None),
    "reader": (["java", "-jar", jar], "/articles/baidu-sora", "data-figure-id"),
    "reader-figure-en": (["java", "-jar", jar], "/articles/baidu-sora/figures/total-power?lang=en", 'lang="en"'),
}
only = [name for name in os.environ.get("APPS", "").split(",") if name]
if only:
    apps = {name: apps[name] for name in only}

def curl(url):
    # In-process (urllib), not a curl process per poll: on two cores a process started every 10 ms
    # takes a noticeable share of the CPU that the application being timed needs.
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return str(r.status), r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return str(e.code), ""
    except OSError:
        return "000", ""

def start(name):
    command, path, marker = apps[name]
    t0 = time.monotonic()
    process = subprocess.Popen(command + [f"--server.port={PORT}", "--server.address=127.0.0.1"], cwd=root,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while True:
        code, body = curl(f"http://127.0.0.1:{PORT}{path}")
        if code == "200" and (marker is None or marker in body):
            return process, time.monotonic() - t0
        if process.poll() is not None or time.monotonic() - t0 > 120:
            sys.exit(f"{name} did not start")
        time.sleep(0.01)

def stop(process):
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=30)

def heap(process):
    subprocess.run(["jcmd", str(process.pid), "GC.run"], capture_output=True, check=True)
    info = subprocess.run(["jcmd", str(process.pid), "GC.heap_info"], capture_output=True, text=True, check=True).stdout
    used = re.search(r"total \d+K, used (\d+)K", info)
    return int(used.group(1)) / 1024, info

times = {name: [] for name in apps}
for r in range(ROUNDS):
    for name in apps:
        process, seconds = start(name)
        stop(process)
        times[name].append(seconds)
        print(f"round {r + 1} {name:17} {seconds * 1000:7.0f} ms", flush=True)
med = {name: statistics.median(t) for name, t in times.items()}
for name, t in med.items():
    print(f"median  {name:17} {t * 1000:7.0f} ms")
print(f"first page the warm-up does not render (English figure page): {med['reader-figure-en'] * 1000:.0f} ms, "
      f"{med['reader-figure-en'] / med['reader']:.2f}x the warmed page's {med['reader'] * 1000:.0f} ms"
      if "reader" in med and "reader-figure-en" in med else "")
if only:
    sys.exit(0)
print(f"reader/minimal: {med['reader'] / med['minimal']:.2f}x (target <= 1.3, against the minimal app as Boot packages it: a fat jar); "
      f"empty/minimal: {med['empty'] / med['minimal']:.2f}x; reader/minimal-aot: {med['reader'] / med['minimal-aot']:.2f}x; "
      f"minimal-thymeleaf/minimal: {med['minimal-thymeleaf'] / med['minimal']:.2f}x; "
      f"reader/minimal-unpacked: {med['reader'] / med['minimal-unpacked']:.2f}x; "
      f"like for like (same layout and AOT): reader/minimal-unpacked-aot: {med['reader'] / med['minimal-unpacked-aot']:.2f}x")

# HanLP's jar, as the application's manifest names it among its libraries: the timing needs nothing else.
with zipfile.ZipFile(jar) as application:
    manifest = application.read("META-INF/MANIFEST.MF").decode("utf-8").replace("\r\n ", "").replace("\n ", "")
class_path = re.search(r"^Class-Path: (.*)$", manifest, re.M).group(1).split()
hanlp_jar = os.path.join(os.path.dirname(jar), next(n for n in class_path if re.match(r"lib/hanlp-.*\.jar$", n)))
hanlp = subprocess.run(["java", "-cp", os.path.join(root, "target", "classes") + os.pathsep + hanlp_jar,
                        os.path.join(root, "docs", "bench", "HanLpFirstUse.java")], capture_output=True, text=True)
print("HanLP:", (hanlp.stdout or hanlp.stderr).strip())

for name in ("reader", "empty"):
    process, _ = start(name)
    try:
        used, info = heap(process)
        print(f"heap after load ({name}, after GC.run): {used:.1f} MiB used")
    finally:
        stop(process)
shutil.rmtree(empty, ignore_errors=True)
shutil.rmtree(unpacked, ignore_errors=True)
