#!/usr/bin/env python3
"""Throughput: the app's reader page against nginx serving the app's own export of the same page.

Exports the library with target/evidence-reader.jar, starts the app (port 18091) and nginx with the
server block of docs/nginx.conf (port 18092, 2 workers, access log off), warms both up, then runs
wrk on loopback (2 threads, 64 connections, DURATION seconds, Accept-Encoding: gzip, Chinese)
alternately: app, nginx, app, nginx … ROUNDS times each. Prints req/s and p99 of every run, the
medians and the ratios app/nginx. The app runs as by default, watching its folders for edits.
Every response of every run is checked (docs/bench/check-responses.lua): a status other than 2xx, a
socket error, or a body of another size than the page's (gzip) stops the benchmark with an error,
since a fast wrong answer is no throughput.

usage: [APP_ARGS="--server.jetty.threads.max=8"] python3 docs/bench/throughput.py [ROUNDS=3] [DURATION=15]   (after ./mvnw -DskipTests package;
       needs wrk and nginx: apt-get install -y wrk nginx)
"""
import os, re, shutil, signal, statistics, subprocess, sys, tempfile, time, urllib.request

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 3
DURATION = int(sys.argv[2]) if len(sys.argv) > 2 else 15
APP_PORT, NGINX_PORT = 18091, 18092
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
jar = os.path.join(root, "target", "evidence-reader.jar")
work = tempfile.mkdtemp(prefix="throughput-bench-")
site = os.path.join(work, "site")
nginx_bin = shutil.which("nginx") or "/usr/sbin/nginx"
check = os.path.join(root, "docs", "bench", "check-responses.lua")

subprocess.run(["java", "-jar", jar, "export", f"--out={site}"], cwd=root, check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

prefix = os.path.join(work, "nginx")
os.makedirs(os.path.join(prefix, "logs"))
server = open(os.path.join(root, "docs", "nginx.conf"), encoding="utf-8").read()
server = server.replace("listen 8080;", f"listen 127.0.0.1:{NGINX_PORT};").replace("root /srv/evidence-reader;", f"root {site};")
open(os.path.join(prefix, "server.conf"), "w").write(server)
open(os.path.join(prefix, "nginx.conf"), "w").write(f"""daemon off;
worker_processes auto;
{"user root;" if os.geteuid() == 0 else ""}
pid {prefix}/nginx.pid;
error_log {prefix}/logs/error.log warn;
events {{ worker_connections 1024; }}
http {{
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path {prefix}/body; proxy_temp_path {prefix}/proxy; fastcgi_temp_path {prefix}/fastcgi;
  uwsgi_temp_path {prefix}/uwsgi; scgi_temp_path {prefix}/scgi;
  include {prefix}/server.conf;
}}
""")

app = subprocess.Popen(["java", "-jar", jar, f"--server.port={APP_PORT}",
                        "--server.address=127.0.0.1"] + os.environ.get("APP_ARGS", "").split(), cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
nginx = subprocess.Popen([nginx_bin, "-p", prefix, "-c", os.path.join(prefix, "nginx.conf"), "-e",
                          os.path.join(prefix, "logs/error.log")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
urls = {"app": f"http://127.0.0.1:{APP_PORT}/articles/baidu-sora",
        "nginx": f"http://127.0.0.1:{NGINX_PORT}/articles/baidu-sora/"}

def wait(url):
    deadline = time.time() + 90
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if b"data-figure-id" in r.read():
                    return
        except OSError:
            pass
        time.sleep(0.1)
    sys.exit(f"{url} did not come up")

def wrk(url, seconds, size):
    out = subprocess.run(["wrk", "-t2", "-c64", f"-d{seconds}s", "--latency", "-H", "Accept-Encoding: gzip",
                          "-H", "Accept-Language: zh-CN,zh;q=0.9", "-s", check, url, "--", str(size)],
                         capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", out)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[p99.group(2)]
    checked = re.search(r"checked (\d+) responses: (\d+) not 2xx, (\d+) not \d+ bytes", out)
    errors = re.search(r"Non-2xx or 3xx responses: \d+|Socket errors: .*", out)
    if checked is None or int(checked.group(1)) == 0 or int(checked.group(2)) or int(checked.group(3)) or errors:
        sys.exit(f"{url}: wrong answers during the run ({checked.group(0) if checked else 'no check'}"
                 f"{'; ' + errors.group(0) if errors else ''}):\n{out}")
    return rps, float(p99.group(1)) * scale, checked.group(0)

try:
    for name, url in urls.items():
        wait(url)
    size = {}
    for name, url in urls.items():
        request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip", "Accept-Language": "zh-CN,zh;q=0.9"})
        with urllib.request.urlopen(request) as r:
            size[name] = len(r.read())
            if r.status != 200 or r.headers.get("Content-Encoding") != "gzip":
                sys.exit(f"{url}: {r.status}, Content-Encoding {r.headers.get('Content-Encoding')}: not the page to measure")
    print(f"page: {urls['app']} ({size['app']} B gzip) vs {urls['nginx']} ({size['nginx']} B gzip)")
    print("warm-up: 20 s app (JIT), 5 s nginx")
    wrk(urls["app"], 20, size["app"])
    wrk(urls["nginx"], 5, size["nginx"])
    results = {"app": [], "nginx": []}
    for r in range(ROUNDS):
        for name in ("app", "nginx"):
            rps, p99, errors = wrk(urls[name], DURATION, size[name])
            results[name].append((rps, p99))
            print(f"round {r + 1} {name:5}: {rps:10.0f} req/s  p99 {p99:7.2f} ms {errors}", flush=True)
    med = {n: (statistics.median(x[0] for x in v), statistics.median(x[1] for x in v)) for n, v in results.items()}
    for n, (rps, p99) in med.items():
        print(f"median {n:5}: {rps:10.0f} req/s  p99 {p99:7.2f} ms")
    print(f"app/nginx: throughput {med['app'][0] / med['nginx'][0]:.2f}x (target >= 0.5), "
          f"p99 {med['app'][1] / med['nginx'][1]:.2f}x (target <= 3)")
finally:
    app.send_signal(signal.SIGTERM)
    nginx.send_signal(signal.SIGTERM)
    app.wait(timeout=30)
    nginx.wait(timeout=30)
    shutil.rmtree(work, ignore_errors=True)
