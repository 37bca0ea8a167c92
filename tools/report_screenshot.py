#!/usr/bin/env python3
"""Take the README's screenshot of the HTML report: `examples/draft.md` checked, a conflicting figure hovered.

    .venv/bin/python tools/report_screenshot.py [--out docs/html-report.png] [--width 1000] [--height 1150]

Run by hand from the project root, with Debian's chromium and chromium-driver installed and selenium (the
test extra). Writes the report to a temporary folder and the PNG (palette-reduced when Pillow is there,
to keep the file small) to --out.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADLESS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "html-report.png")
    parser.add_argument("--width", type=int, default=1000)
    parser.add_argument("--height", type=int, default=1150)
    args = parser.parse_args()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.html"
        subprocess.run([sys.executable, "-m", "factlint", "check", "--claims", str(ROOT / "claims"), "-o",
                        str(report), "draft.md"], cwd=ROOT / "examples", check=False)
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        for arg in (*HEADLESS, f"--window-size={args.width},{args.height}", f"--user-data-dir={tmp}/profile"):
            options.add_argument(arg)
        service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
        driver = webdriver.Chrome(options=options, service=service)
        try:
            driver.get(report.as_uri())
            fig = driver.find_element(By.CSS_SELECTOR, ".fig.st-conflicting")
            ActionChains(driver).move_to_element(fig.find_element(By.TAG_NAME, "mark")).perform()
            png = driver.get_screenshot_as_png()
        finally:
            driver.quit()
    try:
        from PIL import Image
    except ImportError:
        args.out.write_bytes(png)
    else:
        image = Image.open(io.BytesIO(png)).convert("RGB").quantize(colors=64)
        image.save(args.out, optimize=True)
    print(f"{args.out}: {args.out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
