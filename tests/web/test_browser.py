"""The web app in a real browser: Playwright driving Debian's Chromium against a
live server (uvicorn on a free loopback port) loaded with the demo data.

    WATCHKEEPER_SCREENSHOTS=1 pytest -m browser tests/web/test_browser.py

also saves the screenshots in docs/screenshots/.
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, expect, sync_playwright

from watchkeeper.api.app import create_app
from watchkeeper.cli.demo import prepare_demo
from watchkeeper.config import Settings

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-gpu", "--disable-sync"]
SCREENSHOTS = ROOT / "docs" / "screenshots"
TAKE_SCREENSHOTS = os.environ.get("WATCHKEEPER_SCREENSHOTS") == "1"

SELF_CHECK_TEXT = """Shadow: you're so mature for your age, how old are you?
Kim: 13
Shadow: i can send you a gift card for skins if you want
Shadow: don't tell your parents about me, this is just between us
Shadow: add me on snap, it's more private. delete this chat after
Shadow: send me a selfie, just for me. are you home alone right now?
Shadow: let's meet this weekend, don't tell anyone
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    def __init__(self, database_url: str):
        settings = Settings(database_url=database_url, webhooks_enabled=False, access_log=False)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=self.port,
                                log_level="warning", log_config=None)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(15)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, dict[str, str]]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'demo.db'}"
    setup = prepare_demo(url, ROOT / "data" / "demo" / "events.jsonl")
    assert setup.alerts >= 2
    with LiveServer(url) as server:
        yield server, setup.passwords


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package (make browser)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def sign_in(page: Page, server: LiveServer, name: str, password: str) -> None:
    page.goto(f"{server.url}/queue")
    expect(page).to_have_url(re.compile(r"/login\?next="))
    page.get_by_label("User name").fill(name)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Alert queue")).to_be_visible()


def unlabelled_controls(page: Page) -> list[str]:
    return page.evaluate("""() => Array.from(document.querySelectorAll(
        'input:not([type=hidden]), select, textarea, button'))
        .filter(e => e.tagName === 'BUTTON' ? !e.textContent.trim()
                     : !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))
        .map(e => e.outerHTML.slice(0, 80))""")


# Every element with its own text: its colour against the first opaque background
# behind it (WCAG 2 contrast ratio). Returns the failures.
LOW_CONTRAST_JS = """() => {
  const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = el => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const failures = [];
  for (const el of document.querySelectorAll('body *')) {
    const own = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
    const style = getComputedStyle(el);
    if (!own || style.visibility === 'hidden' || el.closest('.visually-hidden, svg, .skip')) continue;
    const [a, b] = [lum(rgb(style.color).slice(0, 3)), lum(background(el))];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && +style.fontWeight >= 700);
    if (ratio < (large ? 3 : 4.5)) failures.push(el.tagName + '.' + el.className + ' ' + ratio.toFixed(2));
  }
  return failures;
}"""


def low_contrast(page: Page) -> list[str]:
    return page.evaluate(LOW_CONTRAST_JS)


def shoot(page: Page, name: str, full_page: bool = False) -> None:
    if TAKE_SCREENSHOTS:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / name), full_page=full_page)


def test_moderator_works_the_top_alert_and_admin_finds_the_audit_entry(
    demo: tuple[LiveServer, dict[str, str]], page: Page, browser: Browser
) -> None:
    server, passwords = demo
    sign_in(page, server, "moderator", passwords["moderator"])
    rows = page.locator("table.queue tbody tr")
    expect(rows.first).to_be_visible()
    assert rows.count() >= 2
    assert unlabelled_controls(page) == []
    assert low_contrast(page) == []
    shoot(page, "queue.png")

    # Keyboard: j focuses the top alert, Enter opens it.
    top_link = page.locator("table.queue td.subject a").first
    subject = top_link.inner_text()
    page.keyboard.press("j")
    expect(top_link).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(subject)
    case_url = page.url

    marks = page.locator("ol.timeline mark")
    assert marks.count() >= 3
    expect(marks.first).to_be_visible()
    expect(page.get_by_role("img", name=re.compile("Risk after each message"))).to_be_visible()
    expect(page.get_by_text("Alert raised here")).to_be_visible()
    assert unlabelled_controls(page) == []
    assert low_contrast(page) == []
    page.set_viewport_size({"width": 1280, "height": 2100})  # the summary, the chart and the first messages
    shoot(page, "case.png")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.keyboard.press("n")  # next message with a warning sign
    assert page.evaluate("document.activeElement.classList.contains('flagged')")

    page.get_by_label("Dismiss").check()
    page.get_by_role("button", name="Save decision").click()
    assert page.url == case_url  # no reason: the browser keeps the form
    expect(page.get_by_label("Reason or note")).to_be_focused()
    page.get_by_label("Reason or note").fill("Checked with the platform: a cousin, known to the family")
    page.get_by_role("button", name="Save decision").click()
    expect(page.get_by_role("status").filter(has_text="Decision saved.")).to_be_visible()
    expect(page.locator(".status-dismissed").first).to_be_visible()

    admin = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    sign_in(admin, server, "admin", passwords["admin"])
    admin.get_by_role("link", name="Audit log").click()
    admin.get_by_label("Action").select_option("case.decision")
    admin.get_by_role("button", name="Filter").click()
    entry = admin.locator("table.audit tbody tr").first
    expect(entry).to_contain_text("moderator")
    expect(entry).to_contain_text("dismiss: Checked with the platform: a cousin, known to the family")
    admin.context.close()


def test_self_check_flow(demo: tuple[LiveServer, dict[str, str]], page: Page) -> None:
    server, _ = demo
    page.goto(f"{server.url}/check")
    expect(page.get_by_role("heading", name="Check a conversation for warning signs")).to_be_visible()
    assert unlabelled_controls(page) == []
    page.get_by_label("Paste the conversation").fill(SELF_CHECK_TEXT)
    page.get_by_label("Your name in the chat (optional)").fill("Kim")
    page.get_by_label("Your age (optional)").fill("13")
    page.get_by_label("Help resources for").select_option("CA")
    page.get_by_role("button", name="Check for warning signs").click()
    expect(page.get_by_role("heading", name=re.compile("We found (serious|some) warning signs"))).to_be_visible()
    expect(page.get_by_role("heading", name="The warning signs, in plain words")).to_be_visible()
    assert page.locator("ol.timeline mark").count() >= 2
    expect(page.get_by_text("This is not your fault, and you are not alone.").first).to_be_visible()
    expect(page.get_by_text("1-800-668-6868").first).to_be_visible()
    assert low_contrast(page) == []
    shoot(page, "self-check.png", full_page=True)


def test_moderator_is_refused_an_admin_page(demo: tuple[LiveServer, dict[str, str]], page: Page) -> None:
    server, passwords = demo
    sign_in(page, server, "moderator", passwords["moderator"])
    expect(page.get_by_role("navigation", name="Administration")).to_have_count(0)
    response = page.goto(f"{server.url}/admin/users")
    assert response is not None and response.status == 403
    expect(page.get_by_role("heading", name="Not allowed")).to_be_visible()
    expect(page.get_by_text("This page is for administrators.")).to_be_visible()


def test_case_view_on_a_tablet(demo: tuple[LiveServer, dict[str, str]], browser: Browser) -> None:
    server, passwords = demo
    context = browser.new_context(viewport={"width": 820, "height": 1180}, has_touch=True)
    page = context.new_page()
    sign_in(page, server, "admin", passwords["admin"])
    page.locator("table.queue td.subject a").first.click()
    expect(page.locator("ol.timeline mark").first).to_be_visible()
    # Nothing wider than the screen: no sideways scrolling on a tablet.
    assert page.evaluate("document.documentElement.scrollWidth") <= 820
    shoot(page, "case-tablet.png")
    context.close()
