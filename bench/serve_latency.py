#!/usr/bin/env python3
"""serve's rebuild latency: from saving an agreement to the reload event on an open page's event stream.

Usage: serve_latency.py BIN FOLDER [RUNS]. Copies FOLDER's agreements to a temporary folder, starts
`BIN serve` on it, opens /_bus-docs/events, then RUNS times rewrites one agreement (the same bytes plus a
blank line) and times until `event: reload` arrives. Prints the median and the worst in milliseconds.
"""
import glob, http.client, os, shutil, statistics, subprocess, sys, tempfile, time

binary, source = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 9
folder = tempfile.mkdtemp(prefix="bus-docs-serve-bench-")
for path in glob.glob(os.path.join(source, "*.md")):
    shutil.copy(path, folder)
files = sorted(glob.glob(os.path.join(folder, "*.md")))
server = subprocess.Popen([binary, "serve", folder, "--port", "0", "--today", "2026-11-24"],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
try:
    line = server.stdout.readline()
    port = int(line.rsplit(":", 1)[1].strip().strip("/"))
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", "/_bus-docs/events")
    stream = connection.getresponse()
    stream.readline()  # "retry: 500": the stream is open
    time.sleep(0.5)
    latencies = []
    for run in range(runs):
        target = files[run % len(files)]
        with open(target, "rb") as handle:
            text = handle.read()
        started = time.monotonic()
        with open(target, "wb") as handle:
            handle.write(text + b"\n")
        while True:
            event = stream.readline()
            if not event:
                sys.exit("the event stream ended")
            if event.startswith(b"event: reload"):
                break
        latencies.append((time.monotonic() - started) * 1000)
        stream.readline(); stream.readline()  # the event's data line and blank line
        time.sleep(0.3)
    print(f"{statistics.median(latencies):.0f} {max(latencies):.0f}")
finally:
    server.terminate()
    server.wait()
    shutil.rmtree(folder, ignore_errors=True)
