"""A real browser for the web edition's tests: Debian's chromium, headless, through
Selenium and /usr/bin/chromedriver, with axe-core from tests/web/node_modules (installed by
.ci/run). Nothing is fetched while the tests run."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
AXE = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def missing() -> str:
    """Why the browser tests cannot run here ('' when they can)."""
    if not Path(CHROMIUM).exists() or not Path(CHROMEDRIVER).exists():
        return ("chromium and chromium-driver are not installed (apt-get install chromium "
                "chromium-driver; .ci/run installs them)")
    if not AXE.exists():
        return "axe-core is not installed (cd tests/web && npm ci; .ci/run does it)"
    return ""


def start_browser():
    """A headless chromium with a fresh profile; quit it when done."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                     "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync",
                     "--force-device-scale-factor=1", "--hide-scrollbars",
                     f"--user-data-dir={tempfile.mkdtemp(prefix='factsheet-chromium-')}"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def set_width(driver, width: int, height: int = 900) -> None:
    """Make the page's viewport `width` CSS pixels wide (the window's frame aside)."""
    driver.set_window_size(width, height)
    inner = driver.execute_script("return window.innerWidth")
    driver.set_window_size(width + (width - inner), height)


def axe_violations(driver) -> list[dict]:
    """axe-core's violations of the WCAG 2.1 A and AA rules on the page shown."""
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    driver.set_script_timeout(60)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
        ".then(r => done(r.violations)).catch(e => done([{id: 'axe-error', "
        "help: String(e), nodes: []}]));", WCAG_21_AA)
    return result
