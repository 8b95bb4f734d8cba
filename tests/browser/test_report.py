"""The report as an analyst opens it: `dealwire report` on a built warehouse, then the page in Chromium.

The warehouse is the dbt fixture (tests/fixtures/ingest_fixture.sql built by dbt). Every request
other than the file itself is refused, so a chart that needed a CDN would not draw. Screenshots land
in tmp/screenshots/ (git-ignored); docs/report.png in the README is a copy of report.png.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.assets.test_dbt_models import build_fixture_warehouse
from tests.browser.test_ui import BROWSER_TIMEOUT_MS, CHROMIUM_ARGS, SCREENSHOT_COPY_DIR, _chromium
from tests.conftest import REPO_ROOT, VENV_BIN

pytestmark = pytest.mark.browser

# Marks each chart must draw in the page's SVG (Vega names a mark's group `mark-<type>`), at least.
EXPECTED_MARKS = {
    "cloud-revenue": {"g.mark-rect path": 4, "g.mark-text text": 4},
    "deal-network": {"g.mark-rule line": 2, "g.mark-symbol path": 3, "g.mark-text text": 3},
    "deals-by-type": {"g.mark-rect path": 3},
    "latest-run": {"g.mark-rect path": 7, "g.mark-text text": 7},
}


@pytest.fixture(scope="module")
def report_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    built = build_fixture_warehouse(tmp_path_factory)
    assert built.result.returncode == 0, f"dbt build failed:\n{built.result.stdout[-6000:]}"
    out_dir = tmp_path_factory.mktemp("report")
    env = {key: value for key, value in os.environ.items() if not key.startswith("DEALWIRE_")}
    env["DEALWIRE_WAREHOUSE"] = str(built.database)
    result = subprocess.run([str(VENV_BIN / "dealwire"), "report", "--out-dir", str(out_dir)],
                            env=env, cwd=REPO_ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"dealwire report failed:\n{result.stdout}\n{result.stderr}"
    html = out_dir / "dealwire_report.html"
    assert str(html) in result.stdout, f"dealwire report does not say where the report is:\n{result.stdout}"
    return html


def _count(page, chart_id: str, selector: str) -> int:
    return page.locator(f"#chart-{chart_id} svg {selector}").count()


def test_report_charts_render_offline_in_chromium(report_html: Path, tmp_path: Path) -> None:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import expect, sync_playwright

    shots = tmp_path / "screenshots"
    shots.mkdir()
    refused: list[str] = []

    def only_the_file(route) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=_chromium(), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1100, "height": 900})
            context.set_default_timeout(BROWSER_TIMEOUT_MS)
            context.route("**/*", only_the_file)
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(report_html.as_uri())
            try:
                page.wait_for_selector(f'body[data-charts-done="{len(EXPECTED_MARKS)}"]', state="attached")
            except PlaywrightTimeout:
                page.screenshot(path=shots / "FAILED-report.png", full_page=True)
                pytest.fail(f"the report never finished drawing its charts; JavaScript errors: {errors}; "
                            f"network requests refused: {refused} (screenshot in {shots})")
            page.screenshot(path=shots / "report.png", full_page=True)

            assert not errors, f"JavaScript errors in the report: {errors}"
            assert not refused, f"the report asked the network for {refused}"
            assert page.locator("body").get_attribute("data-chart-errors") is None
            expect(page.get_by_text("chart error")).to_have_count(0)
            for chart_id, marks in EXPECTED_MARKS.items():
                assert page.locator(f"#chart-{chart_id} svg").count() == 1, f"{chart_id}: no SVG drawn"
                drawn = {selector: _count(page, chart_id, selector) for selector in marks}
                short = {s: n for s, n in drawn.items() if n < marks[s]}
                assert not short, f"{chart_id}: too few marks drawn {drawn}, expected at least {marks}"
                page.locator(f"section#{chart_id}").screenshot(path=shots / f"report-{chart_id}.png")

            # Deals coloured by type: as many edge colours as deal types in the network.
            strokes = page.eval_on_selector_all("#chart-deal-network svg g.mark-rule line",
                                                "lines => lines.map(l => l.getAttribute('stroke'))")
            assert len(set(strokes)) >= 2, f"the deal network's edges are not coloured by type: {strokes}"
            # The SQL under each chart opens and shows the query file.
            page.locator("section#cloud-revenue summary").click()
            expect(page.locator("section#cloud-revenue pre")).to_contain_text("from marts.fct_cloud_revenue")
        finally:
            browser.close()

    SCREENSHOT_COPY_DIR.mkdir(parents=True, exist_ok=True)
    for shot in sorted(shots.iterdir()):
        shutil.copy(shot, SCREENSHOT_COPY_DIR / shot.name)
        print(f"screenshot: {SCREENSHOT_COPY_DIR / shot.name}")
