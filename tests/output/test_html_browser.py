"""The HTML report in a real browser: Debian's chromium, headless, driven by selenium through chromedriver.

The page renders with no console error (a style or script its Content-Security-Policy refused would be one),
hovering or tabbing to a figure shows its source quote, the filters hide what they untick, dark mode and
print are styled, and a hostile draft runs nothing. Skipped, saying why, where no browser is installed;
under CI=true a missing browser fails the run instead (.ci/run installs it with apt-get).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from factlint.cli import main
from factlint.output.html import LINES
from factlint.statuses import NAMES

ROOT = Path(__file__).resolve().parents[2]
CLAIMS = str(ROOT / "claims")
IN_CI = os.environ.get("CI") == "true"
HEADLESS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1200,1400")


def _find(name: str) -> str | None:
    return shutil.which(name) or next((p for p in (f"/usr/bin/{name}",) if os.access(p, os.X_OK)), None)


def _missing() -> str:
    """What of the browser, its driver and selenium is not here ("" when all are)."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    absent = [name for name in ("chromium", "chromedriver") if _find(name) is None]
    return f"{' and '.join(absent)} not found (apt-get install chromium chromium-driver)" if absent else ""


MISSING = _missing()
pytestmark = pytest.mark.skipif(bool(MISSING) and not IN_CI, reason=f"no headless browser here: {MISSING} (Debian's "
                                "chromium, chromium-driver and selenium are needed; under CI=true this fails)")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if MISSING:
        pytest.fail(f"CI=true, and the browser test cannot run: {MISSING}")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = _find("chromium")
    for arg in (*HEADLESS, f"--user-data-dir={tmp_path_factory.mktemp('profile')}"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=_find("chromedriver")))
    yield driver
    driver.quit()


def _open(driver, tmp_path: Path, monkeypatch, name: str, text: str) -> Path:
    """The report of one draft, written with -o and opened in the browser; its path."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(text, encoding="utf-8")
    main(["check", "--claims", CLAIMS, "-o", "report.html", name])
    driver.get_log("browser")  # what earlier pages logged
    driver.get((tmp_path / "report.html").as_uri())
    return tmp_path / "report.html"


def _errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_the_report_renders_and_hovering_a_figure_shows_its_source_quote(browser, tmp_path, monkeypatch):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    _open(browser, tmp_path, monkeypatch, "draft.md", (ROOT / "examples/draft.md").read_text(encoding="utf-8"))
    shot = browser.get_screenshot_as_png()
    assert shot.startswith(b"\x89PNG") and len(shot) > 20_000
    assert _errors(browser) == []
    # The script ran under the page's policy: it counted the findings shown.
    assert browser.find_element(By.ID, "shown").text == "10 of 10 shown"
    fig = browser.find_element(By.CSS_SELECTOR, ".fig.st-conflicting")
    tip = fig.find_element(By.CSS_SELECTOR, ".tip")
    assert not tip.is_displayed()
    ActionChains(browser).move_to_element(fig.find_element(By.TAG_NAME, "mark")).perform()
    assert tip.is_displayed()
    assert "Ze kregen voor minder dan 2 dollar per uur" in tip.text  # the source quote
    assert "seeds/" in tip.text and "WHY" in tip.text.upper()
    (tmp_path / "hover.png").write_bytes(browser.get_screenshot_as_png())
    assert _errors(browser) == []


def test_a_figure_is_reached_with_the_keyboard_and_closed_with_escape(browser, tmp_path, monkeypatch):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    _open(browser, tmp_path, monkeypatch, "draft.md", "Workers are paid as little as $1.46 an hour after tax.\n")
    fig = browser.find_element(By.CSS_SELECTOR, ".fig")
    tip = fig.find_element(By.CSS_SELECTOR, ".tip")
    for _ in range(12):  # the filters' checkboxes and the summary's link come first
        ActionChains(browser).send_keys(Keys.TAB).perform()
        if browser.switch_to.active_element == fig:
            break
    assert browser.switch_to.active_element == fig and tip.is_displayed()
    assert "paid as little as $1.46/hour after tax" in tip.text
    ActionChains(browser).send_keys(Keys.ESCAPE).perform()
    assert not tip.is_displayed()


def test_unticking_a_status_hides_its_findings(browser, tmp_path, monkeypatch):
    from selenium.webdriver.common.by import By

    _open(browser, tmp_path, monkeypatch, "draft.md", (ROOT / "examples/draft.md").read_text(encoding="utf-8"))
    row = browser.find_element(By.CSS_SELECTOR, ".findings tr.st-unsourced")
    mark = browser.find_element(By.CSS_SELECTOR, ".fig.st-unsourced > mark")
    tinted = mark.value_of_css_property("background-color")
    assert row.is_displayed() and tinted != "rgba(0, 0, 0, 0)"
    # Each status underlines its figures its own way, told apart in black and white.
    styles = {cls: browser.find_element(By.CSS_SELECTOR, f".fig.st-{cls} > mark").value_of_css_property(
        "text-decoration-style") for cls in ("supported", "conflicting", "unsourced", "miscited")}
    assert styles == dict(zip(NAMES, LINES)) and len(set(styles.values())) == 4
    browser.find_element(By.ID, "show-unsourced").click()
    assert not row.is_displayed() and mark.value_of_css_property("background-color") == "rgba(0, 0, 0, 0)"
    assert browser.find_element(By.ID, "shown").text == "8 of 10 shown"
    browser.find_element(By.ID, "show-unsourced").click()
    assert row.is_displayed() and mark.value_of_css_property("background-color") == tinted


def test_dark_mode_and_print_are_styled(browser, tmp_path, monkeypatch):
    import base64

    from selenium.webdriver.common.by import By

    _open(browser, tmp_path, monkeypatch, "draft.md", (ROOT / "examples/draft.md").read_text(encoding="utf-8"))
    body = browser.find_element(By.TAG_NAME, "body")
    light = body.value_of_css_property("background-color")
    try:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
        assert body.value_of_css_property("background-color") == "rgba(13, 17, 23, 1)" != light
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print", "features": []})
        assert not browser.find_element(By.CSS_SELECTOR, ".filters").is_displayed()
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": []})
    pdf = base64.b64decode(browser.execute_cdp_cmd("Page.printToPDF", {})["data"])
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000


HOSTILE = """# <script>window.pwned = true; document.title = "pwned"</script>

Workers <img src=x onerror="window.pwned = true; document.title='pwned'"> are paid $1.46 an hour.
See [the proof](javascript:window.pwned=true) and <a href="javascript:window.pwned=true">this</a>.
<svg onload="window.pwned = true"></svg> <iframe srcdoc="<script>parent.pwned = true</script>"></iframe>
</pre><script>window.pwned = true</script> <style>body { display: none }</style>
"""


def test_a_hostile_draft_runs_nothing(browser, tmp_path, monkeypatch):
    from selenium.webdriver.common.by import By

    # The check can fail: the same markup, written into a page unescaped, does run.
    (tmp_path / "raw.html").write_text(f"<!DOCTYPE html><title>raw</title>{HOSTILE}", encoding="utf-8")
    browser.get((tmp_path / "raw.html").as_uri())
    assert browser.execute_script("return window.pwned === true")
    name = '<img src=x onerror="window.pwned = true">.md'
    _open(browser, tmp_path, monkeypatch, name, HOSTILE)
    assert browser.execute_script("return typeof window.pwned") == "undefined"
    assert browser.title == f"factlint report: {name}"
    for tag in ("img", "svg", "iframe", "a[href^='javascript']"):
        assert browser.find_elements(By.CSS_SELECTOR, tag) == []
    assert len(browser.find_elements(By.TAG_NAME, "script")) == 1
    text = browser.find_element(By.CSS_SELECTOR, "pre.text").text
    assert '# <script>window.pwned = true; document.title = "pwned"</script>' in text
    assert "</pre><script>window.pwned = true</script>" in text
    browser.find_element(By.XPATH, "//pre[contains(., 'javascript:')]").click()
    assert browser.execute_script("return typeof window.pwned") == "undefined"
    assert browser.find_element(By.TAG_NAME, "body").is_displayed() and _errors(browser) == []
