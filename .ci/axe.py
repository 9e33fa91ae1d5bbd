#!/usr/bin/env python3
"""Runs the axe-core accessibility rules on the built site in the system's
headless Chromium, opened from file:// the way an offline reader opens it.

Every page is checked at desktop width in the light colour scheme; one page of
each type (home, source, parallel text, report, metrics, entity, 404), in both
languages, is checked again at phone width in the light and the dark scheme.
Fails when any rule reports a serious or critical violation.

axe-core comes from the PyPI package axe-playwright-python; Playwright drives
Debian's chromium (no browser download).
"""
import json
import pathlib
import re
import sys

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

FAILING = {"serious", "critical"}
# One page of each type in each language, relative to the output root.
PAGE_TYPES = [
    "index.html", "en/index.html",
    "sources/huludao-2023.html", "en/sources/huludao-2023.html",
    "reports/overview.html", "en/reports/overview.html",
    "metrics.html", "en/metrics.html",
    "entities/yingkou.html", "en/entities/yingkou.html",
    "404.html",
]


def main() -> int:
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "Output").resolve()
    browser_path = sys.argv[2] if len(sys.argv) > 2 else "/usr/bin/chromium"
    pages = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.html"))
    missing = [p for p in PAGE_TYPES if p not in pages]
    if missing:
        print(f"axe: page types missing from {root}: {missing}")
        return 1
    runs = [(page, 1280, "light") for page in pages]
    runs += [(page, 375, scheme) for scheme in ("light", "dark") for page in PAGE_TYPES]

    axe = Axe()
    version = re.search(r"axe v([\d.]+)", axe.axe_script).group(1)
    failures, minor = [], 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=browser_path, args=["--no-sandbox"])
        for width in (1280, 375):
            for scheme in ("light", "dark"):
                batch = [page for page, w, s in runs if w == width and s == scheme]
                if not batch:
                    continue
                context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
                tab = context.new_page()
                for page in batch:
                    tab.goto((root / page).as_uri())
                    results = axe.run(tab)
                    for violation in results.response["violations"]:
                        where = f"{page} ({width}px, {scheme})"
                        if violation["impact"] in FAILING:
                            targets = [node["target"] for node in violation["nodes"]][:5]
                            failures.append(f"{where}: {violation['impact']}: {violation['id']}: "
                                            f"{violation['help']} at {json.dumps(targets, ensure_ascii=False)}")
                        else:
                            minor += 1
                            print(f"axe: note: {where}: {violation['impact']}: {violation['id']}: {violation['help']}")
                context.close()
        browser.close()
    for failure in failures:
        print(f"axe: error: {failure}")
    print(f"axe-core {version}: {len(failures)} serious or critical violations, {minor} minor or moderate, "
          f"in {len(runs)} page checks ({len(pages)} pages at 1280 px; {len(PAGE_TYPES)} page types at 375 px, light and dark)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
