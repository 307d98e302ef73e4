#!/usr/bin/env python3
"""Browser test of the reader page (`pith serve`, GET /) in headless Chromium.

Starts `pith serve` on a free loopback port and a tiny loopback image server, drives Chromium over
the DevTools protocol (through --remote-debugging-pipe: Python's standard library only), pastes
the sample article's HTML into the reader, submits it, and checks that the article is rendered:
title, headings, list, quote, a loaded image; no Content-Security-Policy violation, no script
error. It then submits hostile HTML and checks that nothing in it ran. Screenshots of the phone
and desktop layouts are written to --out.

Chromium is kept off the network: every host name but loopback fails to resolve and background
services are disabled, so the only connections are to 127.0.0.1.

Usage: Scripts/browser_test.py --pith PATH_TO_PITH [--out DIR]   (Scripts/browser-test.sh wraps it)
"""

import argparse
import base64
import http.server
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "browser-test", "sample-article.html")
# Everything a Chromium would otherwise fetch on its own, off.
CHROMIUM_FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
    "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--disable-default-apps", "--disable-extensions", "--no-pings",
    "--disable-domain-reliability", "--disable-client-side-phishing-detection",
    "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    "--remote-debugging-pipe",
]
HOSTILE = """<html><body><article><h1>Hostile page</h1>
<p>A paragraph long enough to be kept by the extractor, with an image that tries an error handler
<img src="x" onerror="window.pwned = 'onerror'"> and a <a href="javascript:window.pwned='link'">link</a>.</p>
<script>window.pwned = 'script'</script>
<p>Another paragraph of ordinary words so that the article has a body worth keeping around.</p>
<svg onload="window.pwned = 'svg'"></svg></article></body></html>"""
TIMEOUT = 30


def png(width, height):
    """A solid-colour PNG: an image for the article, made here rather than shipped."""
    row = b"\x00" + bytes([40, 90, 140]) * width
    raw = row * height

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def start_image_server():
    image = png(640, 360)

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(image)))
            self.end_headers()
            self.wfile.write(image)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def start_pith(pith):
    process = subprocess.Popen([pith, "serve", "--host", "127.0.0.1", "--port", "0"],
                               stderr=subprocess.PIPE, text=True)
    deadline = time.time() + TIMEOUT
    while time.time() < deadline:
        line = process.stderr.readline()
        match = re.search(r"listening on (http://127\.0\.0\.1:\d+)/", line)
        if match:
            threading.Thread(target=process.stderr.read, daemon=True).start()  # keep draining
            return process, match.group(1)
        if process.poll() is not None:
            break
    process.kill()
    raise SystemExit("pith serve did not start")


class Browser:
    """Chromium driven over the DevTools pipe: commands on fd 3, answers and events on fd 4."""

    def __init__(self, chromium, profile):
        to_browser_read, self.to_browser = os.pipe()
        self.from_browser, from_browser_write = os.pipe()

        def wire_pipes():
            os.dup2(to_browser_read, 3)
            os.dup2(from_browser_write, 4)

        self.process = subprocess.Popen(
            [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
            preexec_fn=wire_pipes, pass_fds=(3, 4), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_read)
        os.close(from_browser_write)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.session = None

    def send(self, method, params=None, session=True):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        while True:
            reply = self.receive()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def receive(self):
        while b"\0" not in self.buffer:
            data = os.read(self.from_browser, 1 << 16)
            if not data:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self.buffer += data
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"evaluate failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression, what):
        deadline = time.time() + TIMEOUT
        while time.time() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.1)
        raise RuntimeError(f"timed out waiting for {what}")

    def screenshot(self, path, width, mobile):
        self.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": 800, "deviceScaleFactor": 1, "mobile": mobile})
        height = self.evaluate("Math.ceil(document.documentElement.scrollHeight)")
        self.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        with open(path, "wb") as file:
            file.write(base64.b64decode(data))

    def close(self):
        try:
            self.send("Browser.close", session=False)
        except RuntimeError:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def problems(events):
    """CSP violations, console errors and uncaught exceptions among the page's events."""
    found = []
    for event in events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.exceptionThrown":
            found.append("exception: " + json.dumps(params.get("exceptionDetails", {}))[:300])
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            entry = params["entry"]
            if "favicon.ico" not in entry.get("url", ""):  # the browser asks for it on its own
                found.append("log: " + entry.get("text", "")[:300])
        elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
            found.append("console: " + json.dumps(params.get("args", []))[:300])
    return found


def api_image_count(base, html):
    """How many images the service's clean HTML of `html` holds: what the reader should show."""
    request = urllib.request.Request(base + "/v1/extract", method="POST", headers={"Content-Type": "application/json"},
                                     data=json.dumps({"html": html, "options": {"includeHTML": True}}).encode())
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
        return json.load(response).get("html", "").count("<img ")


def submit(browser, html):
    browser.evaluate(f"document.getElementById('input').value = {json.dumps(html)};"
                     "document.getElementById('form').requestSubmit(); true")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pith", required=True, help="the pith executable")
    parser.add_argument("--out", default=".build/browser-test", help="folder for the screenshots")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    images = start_image_server()
    pith, base = start_pith(args.pith)
    profile = tempfile.mkdtemp(prefix="pith-browser-")
    browser = Browser(args.chromium, profile)
    try:
        target = browser.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        browser.session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            browser.send(f"{domain}.enable")
        browser.send("Emulation.setDeviceMetricsOverride", {"width": 412, "height": 915, "deviceScaleFactor": 1, "mobile": True})
        browser.send("Page.navigate", {"url": base + "/"})
        browser.wait_for("document.readyState === 'complete' && !!document.getElementById('form')", "the reader page")

        with open(SAMPLE, encoding="utf-8") as file:
            sample = file.read().replace("IMAGE_URL", f"http://127.0.0.1:{images.server_address[1]}/ferry.png")
        submit(browser, sample)
        title = browser.wait_for("!document.getElementById('article').hidden && document.getElementById('title').textContent",
                                 "the rendered article")
        rendered = browser.evaluate("""(() => {
            const body = document.getElementById('body');
            return {
              headings: [...body.querySelectorAll('h2')].map(h => h.textContent),
              items: body.querySelectorAll('li').length,
              quotes: body.querySelectorAll('blockquote').length,
              text: body.textContent,
            };
        })()""")
        browser.wait_for("[...document.images].every(i => i.complete)", "images to load")
        failures = []
        notes = []
        if title != "The night ferry keeps running":
            failures.append(f"title: {title!r}")
        if "A timetable written in chalk" not in rendered["headings"]:
            failures.append(f"headings: {rendered['headings']}")
        if rendered["items"] < 3:
            failures.append(f"list items: {rendered['items']}")
        if rendered["quotes"] < 1:
            failures.append("no blockquote")
        if "All rights reserved" in rendered["text"] or "Subscribe" in rendered["text"]:
            failures.append("boilerplate in the body")
        # Every image the service kept must be shown; whether the extractor keeps the figure is
        # the extractor's business, reported here rather than failed.
        kept = api_image_count(base, sample)
        loaded = browser.evaluate("[...document.getElementById('body').querySelectorAll('img')].map(i => i.naturalWidth)")
        if len(loaded) != kept or not all(loaded):
            failures.append(f"images: the service kept {kept}, the page shows {loaded}")
        if kept == 0:
            notes.append("the extractor kept no image of the sample, so none was shown")
        browser.screenshot(os.path.join(args.out, "reader-phone.png"), 412, True)
        browser.screenshot(os.path.join(args.out, "reader-desktop.png"), 1280, False)

        submit(browser, HOSTILE)
        browser.wait_for("document.getElementById('title').textContent === 'Hostile page'", "the hostile article")
        time.sleep(0.5)
        pwned = browser.evaluate("window.pwned || null")
        if pwned:
            failures.append(f"hostile HTML ran: {pwned}")
        if browser.evaluate("!!document.querySelector('#body [onerror], #body script, #body svg, #body a[href^=\"javascript\"]')"):
            failures.append("hostile markup reached the page")
        failures += problems(browser.events)
    finally:
        browser.close()
        pith.terminate()
        images.shutdown()
        shutil.rmtree(profile, ignore_errors=True)

    if failures:
        print("browser test FAILED:\n  " + "\n  ".join(failures))
        return 1
    for note in notes:
        print("note: " + note)
    print(f"browser test passed: article rendered; screenshots in {args.out}/reader-phone.png and reader-desktop.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
