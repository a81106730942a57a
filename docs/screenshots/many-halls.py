#!/usr/bin/env python3
"""Screenshots for docs/many-halls.md: the supervisor's comparison and the super admin's hall page.

Drives Debian's headless Chromium through chromedriver's W3C HTTP API (no Selenium needed) against a running demo
portal with the two extra halls (app.demo.halls=true, as config/demo.properties sets for ./mvnw -Prun):

    python3 docs/screenshots/many-halls.py http://127.0.0.1:8080

Waits on conditions (the grid's rows, the charts' data-rendered), never on fixed sleeps.
"""
import base64
import json
import subprocess
import sys
import time
import urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
OUT = "docs/screenshots/"
PORT = 18299


def call(method, path, body=None):
    req = urllib.request.Request(f"http://127.0.0.1:{PORT}{path}", method=method,
                                 data=None if body is None else json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.loads(r.read())["value"]


def until(session, script, timeout=60):
    end = time.time() + timeout
    while time.time() < end:
        if call("POST", f"/session/{session}/execute/sync", {"script": script, "args": []}):
            return
        time.sleep(0.2)
    raise SystemExit("timed out waiting for: " + script)


def js(session, script):
    return call("POST", f"/session/{session}/execute/sync", {"script": script, "args": []})


def shot(session, name):
    png = call("GET", f"/session/{session}/screenshot")
    with open(OUT + name + ".png", "wb") as f:
        f.write(base64.b64decode(png))
    print("wrote", OUT + name + ".png")


def login(session, user):
    call("POST", f"/session/{session}/url", {"url": BASE + "/login"})
    until(session, "return !!document.querySelector(\"vaadin-login-form input[name='username']\")")
    js(session, f"""
        const f = document.querySelector('vaadin-login-form');
        const u = f.querySelector("input[name='username']"), p = f.querySelector("input[name='password']");
        for (const [el, v] of [[u, '{user}'], [p, 'demo1234']]) {{
          el.value = v; el.dispatchEvent(new Event('input', {{bubbles: true}})); el.dispatchEvent(new Event('change', {{bubbles: true}}));
        }}
        f.querySelector("vaadin-button[slot='submit']").click();""")
    until(session, "return !!document.getElementById('current-user')")


def new_session(width, height):
    return call("POST", "/session", {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
        "binary": "/usr/bin/chromium",
        "args": ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=zh-CN",
                 f"--window-size={width},{height}"]}}}})["sessionId"]


driver = subprocess.Popen(["/usr/bin/chromedriver", f"--port={PORT}", "--allowed-ips=127.0.0.1"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    for _ in range(100):
        try:
            call("GET", "/status")
            break
        except Exception:
            time.sleep(0.1)
    s = new_session(1440, 1500)
    login(s, "shi.jianguan")
    call("POST", f"/session/{s}/url", {"url": BASE + "/supervision"})
    until(s, "return document.querySelectorAll('#supervision-grid vaadin-grid-cell-content').length > 30")
    until(s, "return ['satisfaction','trend','network'].every(c => "
             "document.getElementById('supervision-' + c + '-chart')?.getAttribute('data-rendered') === 'true')")
    if "春节期间" not in js(s, "return document.getElementById('supervision-notices').textContent"):
        js(s, "document.getElementById('supervision-notice-publish').click()")
        until(s, "return !!document.getElementById('supervision-notice-title')")
        js(s, """
            const set = (id, v) => { const f = document.getElementById(id); f.value = v;
              f.dispatchEvent(new CustomEvent('change', {bubbles: true})); };
            set('supervision-notice-title', '春节期间各中心服务安排');
            set('supervision-notice-body', '2月15日至2月23日各县政务服务中心设值班窗口，急办事项请拨打12345。');
            document.getElementById('supervision-notice-save').click();""")
        until(s, "return document.getElementById('supervision-notices').textContent.includes('春节期间')")
        until(s, "return !document.getElementById('supervision-notice-title')")
    shot(s, "supervision-comparison")
    call("DELETE", f"/session/{s}")

    s = new_session(1440, 1000)
    login(s, "superadmin")
    call("POST", f"/session/{s}/url", {"url": BASE + "/admin/halls"})
    until(s, "return document.querySelectorAll('#halls-grid vaadin-grid-cell-content').length > 10")
    shot(s, "halls-admin")
    js(s, "document.getElementById('halls-new').click()")
    until(s, "return !!document.getElementById('halls-code')")
    js(s, """
        const set = (id, v) => { const f = document.getElementById(id); f.value = v;
          f.dispatchEvent(new CustomEvent('change', {bubbles: true})); };
        set('halls-code', 'qingshan'); set('halls-name', '新县政务服务中心'); set('halls-county', '新县');
        set('halls-admin-username', 'xin.admin'); set('halls-admin-name', '新管理员');
        document.getElementById('halls-save').click();""")
    until(s, "return document.getElementById('halls-code')?.invalid === true")
    shot(s, "halls-admin-duplicate-code")
    call("DELETE", f"/session/{s}")

    # the hall boundary: 白水县's own administrator sees 白水县's windows only
    s = new_session(1440, 900)
    login(s, "baishui.admin")
    call("POST", f"/session/{s}/url", {"url": BASE + "/org/windows"})
    until(s, "return document.body.innerText.includes('BS01')")
    shot(s, "hall-baishui-windows")
    call("DELETE", f"/session/{s}")

    # a hall's public service guide under its own address
    s = new_session(1280, 900)
    call("POST", f"/session/{s}/url", {"url": BASE + "/h/lianhua/guide"})
    until(s, "return document.body.innerText.includes('城乡居民医疗保险参保登记')")
    shot(s, "hall-lianhua-guide")
    call("DELETE", f"/session/{s}")
finally:
    driver.terminate()
