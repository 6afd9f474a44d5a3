"""Headless Chromium for the browser test and the docs screenshots.

Selenium drives Debian's /usr/bin/chromium through /usr/bin/chromedriver (given explicitly,
so Selenium Manager never tries to download a driver: the machine may be offline). axe-core
is vendored in tests/data/transform/axe/ (MPL-2.0) and injected into the page.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

AXE_JS = Path(__file__).resolve().parents[1] / "data" / "transform" / "axe" / "axe.min.js"
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage")


def find_chromium() -> tuple[str, str] | None:
    """(browser, driver) paths, or None when either is missing."""
    browser = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    driver = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


def start_chromium(width: int = 1000, height: int = 800):
    """A fresh headless Chromium with its own profile; caller quits it (`driver.quit()`)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    found = find_chromium()
    if found is None:
        raise RuntimeError("chromium and chromedriver are not installed")
    browser, driver_path = found
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="teikit-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={width},{height}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.teikit_profile = profile  # removed by quit_chromium
    return driver


def quit_chromium(driver) -> None:
    profile = getattr(driver, "teikit_profile", None)
    driver.quit()
    if profile:
        shutil.rmtree(profile, ignore_errors=True)


def run_axe(driver, tags=("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")) -> list[dict]:
    """Inject axe-core and return its violations as (id, impact, help, targets) dicts."""
    driver.execute_script(AXE_JS.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
        ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " targets: v.nodes.map(n => n.target.join(' '))}))))"
        ".catch(e => done([{id: 'axe-error', help: String(e), impact: 'critical', targets: []}]));",
        list(tags))
    return result


def screenshot(html_file: Path, png: Path, width: int = 1000, height: int = 1500) -> None:
    """A PNG of the top of a page, for docs/img."""
    driver = start_chromium(width, height)
    try:
        driver.get(html_file.resolve().as_uri())
        png.parent.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(png))
    finally:
        quit_chromium(driver)
