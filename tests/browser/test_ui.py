"""The Dagster UI as a user sees it: `dealwire ui` opened in headless Chromium, then a clean stop.

The UI is started exactly as the README says (`.venv/bin/dealwire ui --port N`) against a temporary
DAGSTER_HOME (a copy of the committed dagster.yaml), warehouse and raw folder: nothing in the
repository is touched except the screenshots copied to tmp/screenshots/ (git-ignored).

Chromium is Debian's (`apt-get install chromium`, done by scripts/test.sh), driven by Playwright
through `executable_path`: no browser is ever downloaded.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, VENV_BIN

pytestmark = pytest.mark.browser

STARTUP_TIMEOUT_S = 120  # two slow cores: webserver, daemon and two code servers import dbt and spaCy
STOP_TIMEOUT_S = 30
BROWSER_TIMEOUT_MS = 60_000
SCREENSHOT_COPY_DIR = REPO_ROOT / "tmp" / "screenshots"

ARTICLES = ("ingest", "articles")
FCT_DEALS = ("marts", "fct_deals")
FCT_CLOUD_REVENUE = ("marts", "fct_cloud_revenue")

# What the upstream lineage of each mart must show: the raw articles, the extraction table the mart
# is built from, staging, intermediate and the mart itself (node labels are the last key component).
LINEAGE_PAGES = {
    FCT_DEALS: ["articles", "deals", "stg_ingest__articles", "stg_ingest__deals",
                "int_deals_usd", "fct_deals"],
    FCT_CLOUD_REVENUE: ["articles", "metrics", "stg_ingest__metrics", "int_metrics_usd",
                        "fct_company_metrics", "fct_cloud_revenue"],
}

# Each mart's lineage from the raw articles, edge by edge, through its extraction table and dbt layers.
EXPECTED_CHAINS = [
    [ARTICLES, ("ingest", "deals"), ("staging", "stg_ingest__deals"), ("intermediate", "int_deals_usd"),
     FCT_DEALS],
    [ARTICLES, ("ingest", "metrics"), ("staging", "stg_ingest__metrics"), ("intermediate", "int_metrics_usd"),
     ("marts", "fct_company_metrics"), FCT_CLOUD_REVENUE],
    # The report is rebuilt from what was just published.
    [("warehouse", "published"), ("report", "warehouse_report")],
]

CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking",
]
# The "Join the Dagster community" dialog a fresh instance shows on localhost: dismissed as its
# Skip button would (same localStorage key), so it never covers what we look at.
DISMISS_COMMUNITY_DIALOG = "window.localStorage.setItem('communityNux', JSON.stringify('1'));"

# The names not drawn as asset nodes (inside the viewport when `inView`). Long names are drawn
# middle-truncated ("stg_ing…__articles"): a label stands for a name when its two ends match.
MISSING_NODES_JS = """
([names, inView]) => {
  const shownAs = (label, name) => label === name || (label.includes('\u2026') &&
      name.startsWith(label.split('\u2026')[0]) && name.endsWith(label.split('\u2026')[1]));
  const labels = [...document.querySelectorAll('[class*="AssetNode_assetName"]')].filter((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && (!inView || (r.left >= 0 && r.top >= 0 &&
        r.right <= window.innerWidth && r.bottom <= window.innerHeight));
  }).map((el) => el.textContent.trim());
  return names.filter((name) => !labels.some((label) => shownAs(label, name)));
}
"""
ALL_SHOWN_JS = f"(args) => ({MISSING_NODES_JS.strip()})(args).length === 0"
NODE_LABELS_JS = """
() => [...document.querySelectorAll('[class*="AssetNode_assetName"]')].map((el) => el.textContent.trim())
"""
MAX_ZOOM_OUTS = 6

# Asset groups, upstream first. On the global lineage page each is drawn as a box in the graph beside
# its entry in the group list: a name shown twice is a group drawn.
LINEAGE_GROUPS = ["ingest", "seeds", "staging", "intermediate", "marts", "warehouse", "report"]
GROUPS_DRAWN_JS = """
(names) => names.every((name) => [...document.querySelectorAll('body *')]
    .filter((el) => el.children.length === 0 && el.textContent.trim() === name).length >= 2)
"""


# ---------------------------------------------------------------- processes


@dataclass(frozen=True)
class Proc:
    pid: int
    start: int  # start time in clock ticks since boot: tells a live process from a reused pid
    cmdline: str


def _stat(pid: int) -> tuple[str, int, int] | None:
    """(state, ppid, starttime) of a process, None if it is gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = raw[raw.rindex(")") + 2:].split()
    return fields[0], int(fields[1]), int(fields[19])


def _descendants(root: int) -> dict[int, Proc]:
    """Every live process below `root`: children of `dealwire ui` start their own sessions, so the
    process tree (not the process group) is what tells which processes it owns."""
    parents: dict[int, list[int]] = {}
    starts: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (stat := _stat(int(entry))) and stat[0] != "Z":
            parents.setdefault(stat[1], []).append(int(entry))
            starts[int(entry)] = stat[2]
    found: dict[int, Proc] = {}
    queue = deque(parents.get(root, []))
    while queue:
        pid = queue.popleft()
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode().strip()
        except OSError:
            continue
        found[pid] = Proc(pid, starts[pid], cmdline)
        queue.extend(parents.get(pid, []))
    return found


def _alive(proc: Proc) -> bool:
    stat = _stat(proc.pid)
    return stat is not None and stat[0] != "Z" and stat[2] == proc.start


def _listening_addresses(port: int) -> list[str]:
    """Local addresses with a socket listening on `port` (from /proc/net/tcp and tcp6)."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:
                if len(address) == 8:
                    found.append(socket.inet_ntop(socket.AF_INET, bytes.fromhex(address)[::-1]))
                else:
                    words = b"".join(bytes.fromhex(address[i:i + 8])[::-1] for i in range(0, 32, 8))
                    found.append(socket.inet_ntop(socket.AF_INET6, words))
    return found


# ---------------------------------------------------------------- the UI under test


@dataclass
class Ui:
    process: subprocess.Popen
    port: int
    log: Path
    seen: dict[int, Proc] = field(default_factory=dict)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log_tail(self, lines: int = 60) -> str:
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def record_descendants(self) -> dict[int, Proc]:
        current = _descendants(self.process.pid)
        self.seen.update(current)
        return current

    def graphql(self, query: str) -> dict:
        request = urllib.request.Request(
            f"{self.base}/graphql", data=json.dumps({"query": query}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            body = json.load(response)
        assert not body.get("errors"), f"GraphQL errors: {body['errors']}"
        return body["data"]

    def fail(self, message: str) -> None:
        pytest.fail(f"{message}\n--- last lines of `dealwire ui` output ({self.log}) ---\n{self.log_tail()}")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _chromium() -> str:
    path = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if path is None:
        pytest.fail("Debian's chromium is not installed (no `chromium` on PATH, no /usr/bin/chromium): "
                    "the browser test drives it through Playwright and never downloads a browser. "
                    "Install it with `apt-get install -y chromium` (./scripts/test.sh does).")
    return path


WORKSPACE_QUERY = """{ workspaceOrError { __typename ... on Workspace { locationEntries {
  name loadStatus locationOrLoadError { __typename ... on PythonError { message } } } } } }"""
DAEMON_QUERY = "{ instance { daemonHealth { allDaemonStatuses { daemonType healthy required } } } }"


def _wait_until_ready(ui: Ui) -> None:
    """Webserver answering, code location loaded, scheduler daemon heartbeating."""
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    stage = "the webserver to answer /server_info"

    def check_running() -> None:
        if ui.process.poll() is not None:
            ui.fail(f"`dealwire ui` exited with code {ui.process.returncode} while waiting for {stage}")
        if time.monotonic() > deadline:
            ui.fail(f"timed out after {STARTUP_TIMEOUT_S} s waiting for {stage}")

    while True:
        check_running()
        try:
            with urllib.request.urlopen(f"{ui.base}/server_info", timeout=5) as response:
                if response.status == 200:
                    break
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)

    stage = "the code location pipelines.definitions to load"
    while True:
        check_running()
        workspace = ui.graphql(WORKSPACE_QUERY)["workspaceOrError"]
        entries = workspace.get("locationEntries") or []
        loaded = [e for e in entries if e["loadStatus"] == "LOADED"]
        if loaded:
            location = loaded[0]["locationOrLoadError"] or {}
            if location.get("__typename") != "RepositoryLocation":
                ui.fail(f"the code location failed to load: {location.get('message', location)}")
            break
        time.sleep(0.5)

    stage = "the scheduler daemon to report healthy"
    while True:
        check_running()
        statuses = ui.graphql(DAEMON_QUERY)["instance"]["daemonHealth"]["allDaemonStatuses"]
        if any(s["daemonType"] == "SCHEDULER" and s["healthy"] for s in statuses):
            break
        time.sleep(1)


@pytest.fixture
def ui(tmp_path: Path) -> Iterator[Ui]:
    """`dealwire ui` on a free port with every path in tmp_path; killed hard if a test leaves it up."""
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(REPO_ROOT / ".dagster_home" / "dagster.yaml", home / "dagster.yaml")
    raw = tmp_path / "raw"
    raw.mkdir()
    env = {key: value for key, value in os.environ.items()
           if not key.startswith("DEALWIRE_") and key != "DAGSTER_HOME"}
    env.update({
        "DAGSTER_HOME": str(home),
        "DEALWIRE_RAW_DIR": str(raw),
        "DEALWIRE_WAREHOUSE": str(tmp_path / "warehouse" / "dealwire.duckdb"),
        "DEALWIRE_BUILD_DATABASE": str(tmp_path / "warehouse" / ".build" / "dealwire.duckdb"),
    })
    port = _free_port()
    log = tmp_path / "dealwire-ui.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(VENV_BIN / "dealwire"), "ui", "--port", str(port)],
            env=env, cwd=REPO_ROOT, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group, like a shell job: Ctrl-C goes to it
        )
    instance = Ui(process=process, port=port, log=log)
    try:
        yield instance
    finally:
        if process.poll() is None:
            instance.record_descendants()
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        for proc in instance.seen.values():
            if _alive(proc):
                os.kill(proc.pid, signal.SIGKILL)


def _stop_and_check(ui: Ui, send) -> float:
    """Send the stop signal; `dealwire ui`, webserver, daemon and code servers must all be gone."""
    children = ui.record_descendants()
    kinds = {name: [p for p in children.values() if name in p.cmdline]
             for name in ("dagster-webserver", "dagster-daemon")}
    for name, procs in kinds.items():
        if not procs:
            ui.fail(f"no {name} process under `dealwire ui` (pid {ui.process.pid}); "
                    f"its processes: {[p.cmdline[:120] for p in children.values()]}")
    webserver = kinds["dagster-webserver"][0].cmdline
    assert "-h 127.0.0.1" in webserver, f"the webserver is not bound to 127.0.0.1: {webserver}"

    started = time.monotonic()
    send(ui.process.pid)
    try:
        code = ui.process.wait(timeout=STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        ui.fail(f"`dealwire ui` still running {STOP_TIMEOUT_S} s after the stop signal")
    assert code == 0, f"`dealwire ui` exited with {code} after a requested stop\n{ui.log_tail()}"
    while (left := [p for p in ui.seen.values() if _alive(p)]) and \
            time.monotonic() - started < STOP_TIMEOUT_S:
        time.sleep(0.2)
    assert not left, (
        f"processes left behind {STOP_TIMEOUT_S} s after stopping `dealwire ui`: "
        f"{[(p.pid, p.cmdline[:160]) for p in left]}"
    )
    assert not _listening_addresses(ui.port), f"port {ui.port} still listening after the stop"
    return time.monotonic() - started


# ---------------------------------------------------------------- lineage through GraphQL


ASSET_NODES_QUERY = "{ assetNodes { assetKey { path } dependencyKeys { path } } }"
AUTOMATION_QUERY = """{ repositoriesOrError { __typename ... on RepositoryConnection { nodes {
  name schedules { name cronSchedule executionTimezone scheduleState { status } }
  sensors { name sensorState { status } } } } } }"""


def _upstream_path(parents: dict[tuple, list[tuple]], target: tuple, source: tuple) -> list[tuple] | None:
    """Shortest chain source → … → target following dependency edges upstream from target."""
    previous: dict[tuple, tuple | None] = {target: None}
    queue = deque([target])
    while queue:
        key = queue.popleft()
        if key == source:
            chain = [key]
            while (nxt := previous[chain[-1]]) is not None:
                chain.append(nxt)
            return chain
        for parent in parents.get(key, []):
            if parent not in previous:
                previous[parent] = key
                queue.append(parent)
    return None


def _check_lineage_api(ui: Ui) -> None:
    nodes = ui.graphql(ASSET_NODES_QUERY)["assetNodes"]
    parents = {tuple(n["assetKey"]["path"]): [tuple(d["path"]) for d in n["dependencyKeys"]] for n in nodes}
    for mart in (FCT_DEALS, FCT_CLOUD_REVENUE):
        assert mart in parents, f"{'/'.join(mart)} is not an asset in the UI: {sorted(parents)}"
        path = _upstream_path(parents, mart, ARTICLES)
        assert path, f"no upstream path from ingest/articles to {'/'.join(mart)} in the asset graph"
        assert any(key[0] == "staging" for key in path), \
            f"the shortest path to {'/'.join(mart)} skips the dbt staging models: {path}"
        print("shortest lineage:", " -> ".join("/".join(key) for key in path))
    for chain in EXPECTED_CHAINS:
        missing = [(a, b) for a, b in zip(chain, chain[1:], strict=False) if a not in parents.get(b, [])]
        assert not missing, f"lineage edges missing in the UI's asset graph: {missing}"
        print("lineage:", " -> ".join("/".join(key) for key in chain))


def _check_automation_api(ui: Ui) -> None:
    repositories = ui.graphql(AUTOMATION_QUERY)["repositoriesOrError"]["nodes"]
    schedules = {s["name"]: s for r in repositories for s in r["schedules"]}
    sensors = {s["name"]: s for r in repositories for s in r["sensors"]}
    assert "nightly_refresh" in schedules, f"schedules in the UI: {sorted(schedules)}"
    nightly = schedules["nightly_refresh"]
    assert nightly["scheduleState"]["status"] == "RUNNING", f"nightly_refresh is not running: {nightly}"
    assert (nightly["cronSchedule"], nightly["executionTimezone"]) == ("0 2 * * *", "UTC"), nightly
    assert "raw_folder_sensor" in sensors, f"sensors in the UI: {sorted(sensors)}"
    assert sensors["raw_folder_sensor"]["sensorState"]["status"] == "STOPPED", \
        f"raw_folder_sensor must be off by default: {sensors['raw_folder_sensor']}"
    statuses = ui.graphql(DAEMON_QUERY)["instance"]["daemonHealth"]["allDaemonStatuses"]
    unhealthy = [s["daemonType"] for s in statuses if s["required"] and not s["healthy"]]
    assert not unhealthy, f"daemons not healthy: {unhealthy}"


# ---------------------------------------------------------------- the browser


def _check_in_browser(ui: Ui, shots: Path) -> list[Path]:
    try:
        from playwright.sync_api import expect, sync_playwright
    except ImportError:  # pragma: no cover - it is in requirements.lock
        pytest.fail("playwright is not installed in .venv: run ./scripts/setup.sh")
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    saved: list[Path] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=_chromium(), args=CHROMIUM_ARGS)
        try:
            # Twice the pixels: the zoomed-out graph stays legible in the screenshots.
            context = browser.new_context(viewport={"width": 1600, "height": 1000}, device_scale_factor=2)
            context.add_init_script(DISMISS_COMMUNITY_DIALOG)
            context.set_default_timeout(BROWSER_TIMEOUT_MS)
            page = context.new_page()

            for mart, names in LINEAGE_PAGES.items():
                key = "/".join(mart)
                page.goto(f"{ui.base}/assets/{key}?view=lineage&lineageScope=upstream&lineageDepth=10")
                try:
                    page.wait_for_function(ALL_SHOWN_JS, arg=[names, False], timeout=BROWSER_TIMEOUT_MS)
                except PlaywrightTimeout:
                    page.screenshot(path=shots / f"FAILED-lineage-{mart[1]}.png")
                    ui.fail(f"the upstream lineage of {key} does not draw all of {names}; nodes drawn: "
                            f"{page.evaluate(NODE_LABELS_JS)} (screenshot in {shots})")
                # The graph opens at a fixed zoom and can run past the window: zoom out, as a user
                # would, until every node we look for is on screen.
                for _ in range(MAX_ZOOM_OUTS):
                    if not page.evaluate(MISSING_NODES_JS, [names, True]):
                        break
                    page.locator('button:has([aria-label="zoom_out"])').click()
                    with contextlib.suppress(PlaywrightTimeout):
                        page.wait_for_function(ALL_SHOWN_JS, arg=[names, True], timeout=3_000)
                missing = page.evaluate(MISSING_NODES_JS, [names, True])
                if missing:
                    page.screenshot(path=shots / f"FAILED-lineage-{mart[1]}.png")
                    ui.fail(f"the upstream lineage of {key}: {missing} not on screen after zooming out "
                            f"(screenshot in {shots})")
                expect(page.get_by_text("Join the Dagster community")).to_have_count(0)
                saved.append(shots / f"asset-graph-{mart[1]}-upstream.png")
                page.screenshot(path=saved[-1])

            # The global lineage, groups collapsed: the whole flow from ingest to the report in one picture.
            page.goto(f"{ui.base}/asset-groups")
            try:
                page.wait_for_function(GROUPS_DRAWN_JS, arg=LINEAGE_GROUPS, timeout=BROWSER_TIMEOUT_MS)
            except PlaywrightTimeout:
                page.screenshot(path=shots / "FAILED-lineage-groups.png")
                ui.fail(f"the global lineage does not draw every group of {LINEAGE_GROUPS} "
                        f"(screenshot in {shots})")
            # At one pixel per CSS pixel: small enough for the README (docs/lineage.png is a copy).
            saved.append(shots / "lineage-groups.png")
            page.screenshot(path=saved[-1], scale="css")

            page.goto(f"{ui.base}/automation")
            rows = page.locator('[class*="ListItem_listItem"]')
            schedule = rows.filter(has=page.locator('a[href$="/schedules/nightly_refresh"]'))
            sensor = rows.filter(has=page.locator('a[href$="/sensors/raw_folder_sensor"]'))
            expect(schedule).to_have_count(1)
            expect(schedule).to_contain_text("02:00")
            expect(schedule.locator('label[class*="formatSwitch"] input[type="checkbox"]')).to_be_checked()
            expect(sensor).to_have_count(1)
            expect(sensor.locator('label[class*="formatSwitch"] input[type="checkbox"]')).not_to_be_checked()
            # The warning the UI shows when the daemon is missing.
            expect(page.get_by_text("scheduler daemon is not running")).to_have_count(0)
            saved.append(shots / "automation-schedules.png")
            page.screenshot(path=saved[-1])
        finally:
            browser.close()
    return saved


# ---------------------------------------------------------------- the tests


def test_ui_shows_lineage_and_running_schedule_and_stops_on_sigterm(ui: Ui, tmp_path: Path) -> None:
    _chromium()  # fail early, before the slow start, when the browser is missing
    began = time.monotonic()
    _wait_until_ready(ui)
    ready = time.monotonic() - began
    ui.record_descendants()
    listening = _listening_addresses(ui.port)
    assert listening == ["127.0.0.1"], f"the UI must listen on 127.0.0.1 only, listens on {listening}"

    _check_lineage_api(ui)
    _check_automation_api(ui)

    shots = tmp_path / "screenshots"
    shots.mkdir()
    saved = _check_in_browser(ui, shots)
    SCREENSHOT_COPY_DIR.mkdir(parents=True, exist_ok=True)
    for shot in saved:
        copy = SCREENSHOT_COPY_DIR / shot.name
        shutil.copy(shot, copy)
        print(f"screenshot: {shot}\n       copy: {copy}")

    stopped = _stop_and_check(ui, lambda pid: os.kill(pid, signal.SIGTERM))
    print(f"ui ready in {ready:.1f} s; stopped by SIGTERM in {stopped:.1f} s, no process left")


def _check_one_shared_code_server(ui: Ui) -> None:
    """One code server, started by `dealwire ui`; webserver and daemon spawn none of their own (the
    daemon would replace its one every minute, with a "No heartbeat received" warning each time)."""
    processes = _descendants(ui.process.pid)
    servers = [p for p in processes.values() if "code-server start" in p.cmdline]
    assert len(servers) == 1, f"code servers: {[p.cmdline[:120] for p in servers]}"
    owners = [p for p in processes.values()
              if "dagster-webserver" in p.cmdline or "dagster-daemon" in p.cmdline]
    for owner in owners:
        spawned = [p.cmdline[:120] for p in _descendants(owner.pid).values()]
        assert not spawned, f"{owner.cmdline[:60]} runs its own processes: {spawned}"
    assert "No heartbeat received" not in ui.log_tail(10_000)


def test_ui_stops_on_ctrl_c(ui: Ui) -> None:
    _wait_until_ready(ui)
    _check_one_shared_code_server(ui)
    # Ctrl-C in a terminal sends SIGINT to the foreground process group, which `dealwire ui` leads here.
    stopped = _stop_and_check(ui, lambda pid: os.killpg(pid, signal.SIGINT))
    print(f"stopped by SIGINT in {stopped:.1f} s, no process left")
