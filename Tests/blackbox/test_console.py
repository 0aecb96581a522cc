"""The review console against a real Postfix on loopback, the root queue helper and a real
browser (Debian's chromium, driven by Selenium through /usr/bin/chromedriver): a counselor
signs in, sees a student's held threat (and not the privacy office's hold), reveals it with a
reason, marks the alert in review and releases it, and the message is delivered; a privacy
reviewer is refused it; the auditor sees the counselor's reading and release. Screenshots go
to $MAILGUARD_SCREENSHOTS when it is set."""
from http.cookiejar import CookieJar
import os
import re
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from harness import MailGuard, Postfix, free_port, tcp_listening, wait_for
from test_postfix import message, send

THREAT = "if he shows up again i'm going to k1ll him. bringing my dad's gl0ck to school tomorrow"
STUDENT = "riley.kid@students.district.example"
PASSWORDS = {"counselor": "counselor pass 2026", "privacy": "privacy pass 2026", "auditor": "auditor pass 2026", "admin": "admin pass 2026"}
ROLES = {"counselor": "safety-reviewer", "privacy": "privacy-reviewer", "auditor": "auditor", "admin": "admin"}


def roster():
    rows = [f"Student {i + 1}: {n:03d}-{g:02d}-{s:04d}" for i, (n, g, s) in enumerate(
        [(341, 48, 2690), (505, 71, 3539), (192, 18, 1324), (233, 40, 5106), (418, 62, 7731), (529, 13, 4087),
         (604, 55, 2318), (147, 29, 6640), (356, 81, 9172), (462, 37, 1455), (571, 92, 3806), (288, 16, 5529)])]
    return "For the field trip forms:\n" + "\n".join(rows)


class Console:
    def __init__(self, guard: MailGuard, port: int):
        self.guard, self.port, self.url = guard, port, f"http://127.0.0.1:{port}"
        self.log = guard.dir / "console.log"
        self.helper_log = guard.dir / "queue-helper.log"
        self.helper = subprocess.Popen([str(guard.binary), "queue-helper", "--config", str(guard.config)],
                                       stdout=subprocess.DEVNULL, stderr=open(self.helper_log, "ab"))
        wait_for(lambda: (guard.dir / "helper.sock").exists(), what="the queue helper's socket")
        for name, role in ROLES.items():
            subprocess.run([str(guard.binary), "console", "user", "add", name, "--role", role, "--config", str(guard.config)],
                           input=PASSWORDS[name], text=True, check=True, capture_output=True)
        self.process = subprocess.Popen([str(guard.binary), "console", "--config", str(guard.config)],
                                        stdout=subprocess.DEVNULL, stderr=open(self.log, "ab"))
        wait_for(lambda: tcp_listening(port) or self.process.poll() is not None, what="the console")
        assert self.process.poll() is None, self.log.read_text()

    def stop(self):
        for process in (self.process, self.helper):
            process.terminate()
            process.wait(timeout=10)


@pytest.fixture(scope="module")
def district():
    port = free_port()
    guard = MailGuard("console")
    server = Postfix("console", milter_socket=guard.spec)
    guard.settings.update({
        "quarantine.postfix_config_directory": f'"{server.etc}"',
        "quarantine.helper_socket": f'"{guard.dir / "helper.sock"}"',
        "quarantine.helper_group": '"root"',
        "console.listen": f'"127.0.0.1:{port}"',
        "console.public_url": f'"http://127.0.0.1:{port}"',
        "console.database": f'"{guard.dir / "console.sqlite"}"',
    })
    guard.use_sendmail(server.sendmail_command())
    guard.start()
    server.start()
    console = Console(guard, port)
    send(server, message("tomorrow", THREAT, sender=STUDENT, to="jordan.kid@students.district.example"))
    send(server, message("trip forms", roster(), sender="pat.teacher@district.example", to="office@district.example"))
    wait_for(lambda: len(server.queue_ids("hold")) >= 2, what="two messages on hold")
    yield guard, server, console
    console.stop()
    server.stop()
    guard.stop()


def held_ids(guard):
    """Queue id by sender, from the CLI, which goes through the same helper."""
    listing = guard.cli("quarantine", "list").stdout
    ids = {}
    for line in listing.splitlines()[1:]:
        fields = line.split()
        ids[fields[2]] = fields[0]
    return ids


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def http(console, path, data=None, jar=None):
    opener = urllib.request.build_opener(NoRedirect, urllib.request.HTTPCookieProcessor(jar if jar is not None else CookieJar()))
    try:
        response = opener.open(console.url + path, data=urllib.parse.urlencode(data).encode() if data is not None else None, timeout=30)
        return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def sign_in(console, name):
    jar = CookieJar()
    _, _, page = http(console, "/", jar=jar)
    token = re.search(r'name="login_token" value="([^"]+)"', page).group(1)
    status, headers, _ = http(console, "/login", {"login_token": token, "user": name, "password": PASSWORDS[name]}, jar=jar)
    assert status == 303 and headers["Location"] == "/holds", status
    _, _, holds = http(console, "/holds", jar=jar)
    return jar, re.search(r'name="csrf" value="([^"]+)"', holds).group(1)


def test_without_a_session_pages_redirect_to_sign_in_and_forms_are_refused(district):
    _, _, console = district
    for path in ("/holds", "/alerts", "/reports", "/audit"):
        status, headers, _ = http(console, path)
        assert status == 303 and headers["Location"] == "/", path
    status, _, _ = http(console, "/holds/ABC123/release", {"reason": "x"})
    assert status == 401
    status, headers, page = http(console, "/")
    assert status == 200 and 'id="login"' in page
    assert "default-src 'none'" in headers["Content-Security-Policy"] and headers["X-Frame-Options"] == "DENY"


def test_the_cli_and_the_console_see_the_same_holds_through_the_helper(district):
    guard, _, console = district
    ids = held_ids(guard)
    assert set(ids) == {STUDENT, "pat.teacher@district.example"}
    jar, _ = sign_in(console, "admin")
    _, _, page = http(console, "/holds", jar=jar)
    for queue_id in ids.values():
        assert f'id="hold-{queue_id}"' in page
    assert "341-48-2690" not in page and "k1ll" not in page
    # A form without the session's token changes nothing.
    status, _, _ = http(console, f"/holds/{ids[STUDENT]}/delete", {"reason": "x"}, jar=jar)
    assert status == 403
    assert set(held_ids(guard)) == set(ids)


def test_the_alert_mail_links_to_the_console(district):
    guard, server, console = district
    [alert] = server.wait_delivered("counselor")
    text = alert.read_text()
    queue_id = held_ids(guard)[STUDENT]
    assert f"{console.url}/holds/{queue_id}" in text and "mailguard quarantine show" not in text


@pytest.fixture
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000", "--disable-gpu"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def eventually(driver, condition):
    """`condition()` once it holds: a click returns before the next page has loaded, and an
    element of the old page goes stale meanwhile."""
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, 20, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException)).until(lambda _: condition())


def find(driver, by, value):
    return eventually(driver, lambda: driver.find_element(by, value))


def screenshot(driver, name):
    folder = os.environ.get("MAILGUARD_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(folder) / f"{name}.png"))


def browser_sign_in(driver, console, name):
    from selenium.webdriver.common.by import By

    driver.delete_all_cookies()
    driver.get(console.url + "/")
    driver.find_element(By.NAME, "user").send_keys(name)
    driver.find_element(By.NAME, "password").send_keys(PASSWORDS[name])
    driver.find_element(By.ID, "sign-in").click()
    try:
        eventually(driver, lambda: driver.current_url.endswith("/holds"))
    except Exception:
        raise AssertionError(f"{name} not signed in: at {driver.current_url}: {driver.find_element(By.TAG_NAME, 'body').text}")
    assert f"{name} (" in find(driver, By.ID, "signed-in").text


def test_a_counselor_reviews_and_releases_a_held_threat_in_a_browser(district, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    guard, server, console = district
    ids = held_ids(guard)
    threat, roster_id = ids[STUDENT], ids["pat.teacher@district.example"]

    # The counselor sees the student's threat, and not the privacy office's roster.
    browser_sign_in(browser, console, "counselor")
    rows = [row.get_attribute("id") for row in browser.find_elements(By.CSS_SELECTOR, "#holds tbody tr[id]")]
    assert rows == [f"hold-{threat}"], rows
    screenshot(browser, "hold-queue")
    browser.find_element(By.LINK_TEXT, threat).click()
    find(browser, By.ID, "findings")
    page = browser.find_element(By.TAG_NAME, "main").text
    assert "threat" in page and "k1ll" not in page and "gl0ck" not in page
    assert "threats, weapons and self-harm from students" in browser.find_element(By.ID, "policy-row").text
    screenshot(browser, "message")

    # Reveal with a reason: the text, recorded.
    browser.find_element(By.CSS_SELECTOR, "#reveal input[name=reason]").send_keys("counselor check on Riley")
    browser.find_element(By.CSS_SELECTOR, "#reveal button").click()
    find(browser, By.CSS_SELECTOR, "pre.content")
    content = browser.find_element(By.TAG_NAME, "main").text
    assert "k1ll him" in content and "Your reading is recorded" in content
    screenshot(browser, "revealed")

    # The alert card: in review, assigned.
    browser.get(console.url + "/alerts")
    card = browser.find_element(By.ID, f"alert-{threat}")
    Select(card.find_element(By.NAME, "status")).select_by_value("in-review")
    card.find_element(By.NAME, "assignee").send_keys("counselor")
    card.find_element(By.NAME, "note").send_keys("talked to Riley and the parents")
    card.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    eventually(browser, lambda: "in review" in browser.find_element(By.ID, f"alert-{threat}").find_element(By.CLASS_NAME, "status").text)
    card = browser.find_element(By.ID, f"alert-{threat}")
    assert "talked to Riley and the parents" in card.text
    screenshot(browser, "alerts")

    # A privacy reviewer may not open it.
    jar, _ = sign_in(console, "privacy")
    status, _, page = http(console, f"/holds/{threat}", jar=jar)
    assert status == 403 and "k1ll" not in page
    _, _, listing = http(console, "/holds", jar=jar)
    assert f"hold-{roster_id}" in listing and f"hold-{threat}" not in listing

    # Release, with a reason: delivered.
    browser.get(console.url + f"/holds/{threat}")
    browser.find_element(By.CSS_SELECTOR, "#release input[name=reason]").send_keys("safety plan in place; deliver")
    browser.find_element(By.CSS_SELECTOR, "#release button").click()
    assert "released" in find(browser, By.ID, "done").text
    [delivered] = server.wait_delivered("jordan.kid")
    assert "k1ll him" in delivered.read_text()

    # The auditor sees the counselor's reading and release, with reasons.
    browser_sign_in(browser, console, "auditor")
    browser.get(console.url + "/audit?by=counselor")
    reviews = find(browser, By.ID, "reviews").text
    assert "read counselor counselor check on Riley" in reviews
    assert "released counselor safety plan in place; deliver" in reviews
    browser.get(console.url + "/reports?since=2020-01-01")
    assert browser.find_elements(By.CSS_SELECTOR, "#chart-holds svg")
    screenshot(browser, "report")
    # The CLI reads the same list.
    cli = guard.cli("audit", "reviews").stdout
    assert "counselor check on Riley" in cli and "safety plan in place" in cli
