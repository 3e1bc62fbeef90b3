"""The page of ``wgec-parse serve`` in a real browser: Debian's headless Chromium,
driven by Selenium through Debian's chromedriver, against the server started as a user
starts it (``wgec-parse serve`` on 127.0.0.1 and a free port).

Skipped, saying why, only where the browser or its driver is not installed
(``apt-get install chromium chromium-driver``; ``.ci/run`` installs them).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install -e '.[web]'")
pytest.importorskip("selenium", reason="selenium is not installed: pip install -e '.[tests]'")

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

import wgec_parse

from .conftest import FIXTURES, SEED_BODY
from .test_web_api import make_docx, make_pdf

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
pytestmark = pytest.mark.skipif(
    not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)),
    reason="the browser tests need Debian's chromium and chromium-driver "
    "(apt-get install chromium chromium-driver): /usr/bin/chromium or chromedriver is missing",
)
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1280,900",
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    port = _free_port()
    command = [sys.executable, "-m", "wgec_parse.cli", "serve", "--port", str(port)]
    process = subprocess.Popen(
        [*command, "--log-level", "warning"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    try:
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/health", timeout=1) as answer:
                    assert json.load(answer)["status"] == "ok"
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    _, err = process.communicate(10)
                    raise RuntimeError(f"the server did not start: {err.decode()}") from None
                time.sleep(0.1)
        yield url
    finally:
        if process.poll() is None:
            process.terminate()
        process.communicate(timeout=10)


@pytest.fixture(scope="module")
def downloads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory, downloads: Path) -> Iterator[WebDriver]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.add_experimental_option(
        "prefs",
        {"download.default_directory": str(downloads), "download.prompt_for_download": False},
    )
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    try:
        yield driver
    finally:
        driver.quit()


def wait(driver: WebDriver, condition: Any, timeout: float = 10) -> Any:
    return WebDriverWait(driver, timeout, poll_frequency=0.05).until(lambda d: condition(d))


def upload(driver: WebDriver, url: str, *paths: Path) -> None:
    """Open the page and choose ``paths`` in its file input; wait for their results."""
    driver.get(url)
    driver.find_element(By.ID, "files").send_keys("\n".join(str(p) for p in paths))
    wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#checked li")) == len(paths))
    wait(driver, lambda d: d.find_element(By.ID, "status").text.startswith("Checked"))


def in_view(driver: WebDriver, pane: str, target: WebElement) -> bool:
    """Whether ``target`` shows inside the scrolled pane ``pane``."""
    result: bool = driver.execute_script(
        "const p = document.getElementById(arguments[0]).getBoundingClientRect();"
        "const t = arguments[1].getBoundingClientRect();"
        "return t.top >= p.top && t.bottom <= p.bottom;",
        pane,
        target,
    )
    return result


def test_seed_outline_findings_inline_and_no_third_party(browser: WebDriver, server: str) -> None:
    upload(browser, server, SEED_BODY)
    assert browser.find_element(By.ID, "result-title").text == SEED_BODY.name
    questions = browser.find_elements(By.CSS_SELECTOR, "#outline .kind-question > button")
    assert [q.text.split(":")[0] for q in questions] == [
        "Question wgec2-q1 (numbered 1)",
        "Question wgec2-q2 (numbered 2)",
    ]
    # The Outlook link pasted into clause 2.1 (line 67) is noise, dimmed in both panes.
    noise = browser.find_element(By.CSS_SELECTOR, "#outline .kind-noise > button")
    assert noise.get_attribute("data-line") == "67"
    clause = browser.find_element(By.CSS_SELECTOR, "#outline .kind-clause > button")
    assert noise.value_of_css_property("color") != clause.value_of_css_property("color")
    assert "noise" in browser.find_element(By.ID, "L67").get_attribute("class")
    findings = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "#findings li")]
    assert any(f.startswith("WARNING line 126: duplicate-clause") for f in findings)
    assert any(f.startswith("WARNING line 67: stray-url") for f in findings)
    # Each finding stands right after its line in the source.
    after_126 = browser.execute_script(
        "return document.getElementById('L126').nextElementSibling.textContent"
    )
    assert after_126.startswith("warning duplicate-clause Clause number 2.5 is used twice")
    inline = browser.find_elements(By.CSS_SELECTOR, "#source .inline-finding")
    assert len(inline) == len(findings)
    # Nothing was refused by the page's policy, and nothing was asked of another host.
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
    hosts = browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => new URL(e.name).host)"
    )
    assert set(hosts) <= {server.removeprefix("http://")}


def test_click_a_finding_scrolls_both_panes(browser: WebDriver, server: str) -> None:
    upload(browser, server, SEED_BODY)
    source = browser.find_element(By.ID, "source")
    line = browser.find_element(By.ID, "L126")
    assert source.get_property("scrollTop") == 0
    assert not in_view(browser, "source", line)
    browser.find_element(By.CSS_SELECTOR, "#findings button[data-line='126']").click()
    wait(browser, lambda d: in_view(d, "source", line))
    assert source.get_property("scrollTop") > 0
    assert "selected" in line.get_attribute("class")
    node = browser.find_element(By.CSS_SELECTOR, "#outline button.node.selected")
    assert node.text.startswith("2.5 ")
    assert node.get_attribute("data-line") == "126"
    assert in_view(browser, "outline", node)


def test_click_a_node_scrolls_the_source(browser: WebDriver, server: str) -> None:
    upload(browser, server, SEED_BODY)
    node = browser.find_element(By.CSS_SELECTOR, "#outline .kind-noise > button")
    browser.execute_script("arguments[0].scrollIntoView({block: 'nearest'})", node)
    node.click()
    line = browser.find_element(By.ID, "L67")
    wait(browser, lambda d: in_view(d, "source", line))
    assert "selected" in line.get_attribute("class")
    # Keyboard: Enter on a focused outline button selects it.
    first = browser.find_element(By.CSS_SELECTOR, "#outline button.node")
    browser.execute_script("arguments[0].focus()", first)
    first.send_keys("\n")
    wait(browser, lambda d: "selected" in d.find_element(By.ID, "L1").get_attribute("class"))


def test_download_full_json(browser: WebDriver, server: str, downloads: Path) -> None:
    upload(browser, server, SEED_BODY)
    target = downloads / f"{SEED_BODY.stem}.json"
    browser.find_element(By.CSS_SELECTOR, "#downloads button[data-download='full']").click()
    wait(browser, lambda _d: target.exists() and target.stat().st_size > 0)
    expected = wgec_parse.to_json(wgec_parse.load(SEED_BODY))
    wait(browser, lambda _d: target.read_bytes() == expected.encode("utf-8"))
    outline = downloads / f"{SEED_BODY.stem}.outline.json"
    browser.find_element(By.CSS_SELECTOR, "#downloads button[data-download='clean']").click()
    wait(browser, lambda _d: outline.exists() and outline.stat().st_size > 0)
    assert json.loads(outline.read_bytes()) == wgec_parse.to_dict(
        wgec_parse.load(SEED_BODY), view="clean"
    )


def test_several_files_with_a_docx(browser: WebDriver, server: str, tmp_path: Path) -> None:
    word = tmp_path / "testland.docx"
    word.write_bytes(make_docx())
    other = FIXTURES / "002_015b3980d26d2b81.txt"
    upload(browser, server, word, other)
    entries = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "#checked li")]
    assert entries[0].startswith("testland.docx (")
    assert entries[1].startswith("002_015b3980d26d2b81.txt (")
    assert browser.find_element(By.ID, "result-title").text == "testland.docx"
    assert "Republic of Testland" in browser.find_element(By.ID, "L1").text
    field = browser.find_element(By.CSS_SELECTOR, "#outline .kind-field > button")
    assert field.text == "Field: Submitted by: Republic of Testland"
    clauses = browser.find_elements(By.CSS_SELECTOR, "#outline .kind-clause > button")
    assert [c.text.split(" ")[0] for c in clauses] == ["1.1", "1.2", "2.1"]
    browser.find_element(By.CSS_SELECTOR, "#checked li:nth-child(2) button").click()
    assert browser.find_element(By.ID, "result-title").text == "002_015b3980d26d2b81.txt"
    submitted = browser.find_elements(By.CSS_SELECTOR, "#outline .kind-field > button")
    assert "Field: Submitted by: the Russian Federation" in [f.text for f in submitted]


def test_unreadable_file_and_pasted_text(browser: WebDriver, server: str, tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(make_docx()[:2000])
    upload(browser, server, broken)
    alert = browser.find_element(By.CSS_SELECTOR, "#summary [role='alert']")
    assert alert.text.startswith("broken.docx: ")
    browser.find_element(By.CSS_SELECTOR, "#paste-box summary").click()
    browser.execute_script(
        "document.getElementById('paste').value = arguments[0]", SEED_BODY.read_text("utf-8")
    )
    browser.find_element(By.ID, "paste-check").click()
    wait(browser, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#checked li")) == 2)
    assert browser.find_element(By.ID, "result-title").text == "pasted.txt"
    wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#findings button[data-line='126']"))


def test_drop_a_pdf_page_numbers_and_a_narrow_screen(browser: WebDriver, server: str) -> None:
    browser.get(server)
    # A file dropped on the box, as a browser hands it over.
    browser.execute_script(
        "const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));"
        "const dt = new DataTransfer();"
        "dt.items.add(new File([bytes], 'testland.pdf', {type: 'application/pdf'}));"
        "document.getElementById('drop').dispatchEvent("
        "  new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));",
        base64.b64encode(make_pdf()).decode(),
    )
    wait(browser, lambda d: d.find_element(By.ID, "status").text.startswith("Checked"))
    assert browser.find_element(By.ID, "result-title").text == "testland.pdf"
    pages = {
        row.get_attribute("data-line"): row.find_element(By.CLASS_NAME, "pg").text
        for row in browser.find_elements(By.CSS_SELECTOR, "#source .src-line")
    }
    feed = next(n for n, row in enumerate(source_lines(browser), 1) if "\f" in row)
    assert pages["1"] == "p1"
    assert pages[str(feed)] == "p1"
    assert pages[str(feed + 1)] == "p2"
    try:
        browser.set_window_size(400, 800)
        outline = browser.find_element(By.ID, "outline").rect
        source = browser.find_element(By.ID, "source").rect
        assert outline["y"] + outline["height"] <= source["y"]  # one column
        width = browser.execute_script("return document.documentElement.scrollWidth")
        assert width <= browser.execute_script("return window.innerWidth")
    finally:
        browser.set_window_size(1280, 900)


def source_lines(browser: WebDriver) -> list[str]:
    """The source lines the page shows, as text (form feeds kept)."""
    lines: list[str] = browser.execute_script(
        "return [...document.querySelectorAll('#source .src-line .tx')].map(e => e.textContent)"
    )
    return lines
