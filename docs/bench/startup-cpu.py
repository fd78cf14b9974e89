#!/usr/bin/env python3
"""Start-up CPU: where the processor time goes until the first page is served.

Starts the minimal app and the reader in turn (as startup.py: until / answers, until
/articles/baidu-sora answers with data-figure-id), polling in-process every 10 ms, and at that moment
reads the process's CPU time (user + system, /proc/<pid>/stat) and each live thread's (/proc/<pid>/task,
grouped by thread name with digits folded: "C2 CompilerThre", "java" = the main thread …). Threads
that have already ended (the library-load thread, the loader's pool) count in the process total
only. The reader watches its folders, as by default. Extra JVM options for both apps come from
JAVA_OPTS (e.g. JAVA_OPTS=-XX:TieredStopAtLevel=1).

usage: [JAVA_OPTS=…] python3 docs/bench/startup-cpu.py [ROUNDS=3]
       (after ./mvnw -DskipTests package and ./mvnw -q -f docs/bench/minimal/pom.xml package)
"""
import collections, os, re, subprocess, sys, time, urllib.request

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 3
PORT = 18111
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
options = os.environ.get("JAVA_OPTS", "").split()
apps = {
    "minimal": (["java", *options, "-jar", os.path.join(root, "docs", "bench", "minimal", "target", "minimal.jar")], "/", "ok"),
    "reader": (["java", *options, "-jar", os.path.join(root, "target", "evidence-reader.jar")],
               "/articles/baidu-sora", "data-figure-id"),
}
tick = os.sysconf("SC_CLK_TCK")

def cpu(stat):
    fields = stat[stat.rindex(")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / tick

def run(name):
    command, path, marker = apps[name]
    t0 = time.monotonic()
    process = subprocess.Popen(command + [f"--server.port={PORT}", "--server.address=127.0.0.1"], cwd=root,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{PORT}{path}", timeout=10) as r:
                if marker in r.read().decode("utf-8", "replace"):
                    break
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() - t0 > 120:
            sys.exit(f"{name} did not start")
        time.sleep(0.01)
    wall = time.monotonic() - t0
    total = cpu(open(f"/proc/{process.pid}/stat").read())
    threads = collections.Counter()
    for task in os.listdir(f"/proc/{process.pid}/task"):
        try:
            stat = open(f"/proc/{process.pid}/task/{task}/stat").read()
        except OSError:
            continue
        threads[re.sub(r"\d+", "#", stat[stat.index("(") + 1:stat.rindex(")")])] += cpu(stat)
    process.terminate()
    process.wait(timeout=30)
    return wall, total, threads

print(f"JAVA_OPTS={' '.join(options) or '(none)'}; load average {open('/proc/loadavg').read().split()[0]}")
for r in range(ROUNDS):
    for name in apps:
        wall, total, threads = run(name)
        top = ", ".join(f"{t} {s:.2f}" for t, s in threads.most_common(4))
        print(f"round {r + 1} {name:8} wall {wall:5.2f} s  cpu {total:5.2f} s  ({top})", flush=True)
