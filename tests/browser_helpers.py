"""What the browser tests share: Debian's headless Chromium, a JupyterLab server of their own, and helpers.

``jupyter_lab(root)`` starts JupyterLab on a free port with ``root / "notebooks"`` as its folder and this
test-only configuration (conftest's ``lab`` fixture: one server for all the browser tests a worker runs);
``put_notebook`` and ``write_notebook`` put a notebook there through the contents API;
``start_kernel_session`` starts a notebook's kernel before the page opens; ``open_notebook`` opens it in the
page; ``run_all_until`` runs all cells until a widget shows. The tests drive Chromium with Playwright
(never ``playwright install``), each in a page of ``chromium_page``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("MNISTNET_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
]
# JupyterLab settings for these tests only: render every cell (JupyterLab >= 4.2 renders only the
# visible ones by default), start the preferred kernel without a "Select Kernel" dialog (on a busy
# machine the dialog could stay open over the page), and no news or update pop-ups over the notebook.
SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {
        "windowingMode": "none", "autoStartDefaultKernel": True,
    },
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false", "checkForUpdates": False, "doNotDisturbMode": True,
    },
}


def require_chromium() -> None:
    """Skip (fail on CI) when Debian's Chromium is not installed."""
    if not Path(CHROMIUM).exists():
        message = f"Chromium not found at {CHROMIUM}: install Debian's `chromium` package (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message + " to run the browser test.")


@contextmanager
def chromium_page(name: str, height: int) -> Iterator[tuple]:
    """A 1400 x ``height`` page of Debian's headless Chromium, and the locator of the notebook's error outputs. On
    the way out, passed or failed, a screenshot test-artifacts/<name>-last.png and the error outputs' text in
    test-artifacts/<name>-errors.txt."""
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": height})
        errors = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
        try:
            yield page, errors
        finally:
            page.screenshot(path=str(ARTIFACTS / f"{name}-last.png"), full_page=False)
            (ARTIFACTS / f"{name}-errors.txt").write_text("\n\n".join(errors.all_inner_texts()))
            browser.close()


def open_notebook(page, lab: str, notebook: str):
    """Open ``notebook`` alone in JupyterLab (``?reset``) and wait until the page is connected to the notebook's
    kernel and that kernel is idle; return the locator of the kernel's idle indicator, which the tests await again
    after running cells."""
    from playwright.sync_api import expect

    page.goto(f"{lab}/lab/tree/{notebook}?reset")  # ?reset: only this notebook open
    idle = page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']:visible")
    expect(idle).to_be_visible(timeout=90_000)
    # The indicator can say idle before the page has connected to the kernel (on a busy machine, seconds before).
    # A Run All sent then finds no kernel, and JupyterLab starts another one in its place: wait for the server
    # to see the page connected to the notebook's kernel, and that kernel idle.
    deadline = time.monotonic() + 90
    while not kernel_connected(lab, notebook):
        if time.monotonic() > deadline:
            raise AssertionError(f"the page did not connect to a kernel of {notebook}: {api(f'{lab}/api/sessions')}")
        time.sleep(0.25)
    expect(idle).to_be_visible(timeout=30_000)
    return idle


def kernel_connected(lab: str, notebook: str) -> bool:
    """The server has one session for ``notebook``, and its kernel is idle with at least one connection (the page)."""
    kernels = [session["kernel"] for session in api(f"{lab}/api/sessions") if session["path"] == notebook]
    return len(kernels) == 1 and kernels[0]["connections"] >= 1 and kernels[0]["execution_state"] == "idle"


def run_all_until(page, widget, idle, tries: int = 3) -> None:
    """Run All Cells until ``widget`` appears. A Run All sent before the page had connected to its kernel
    was lost or half run (``open_notebook`` now waits for that connection); should one still be lost, restart
    the kernel and run all again, up to ``tries`` times. A lost Run All shows at the first cell, whose
    prompt never gets its number (it stays blank or ``[*]``): that is noticed after 30 s, not after the
    widget's 90 s (the first cell only imports)."""
    from playwright.sync_api import expect

    first_prompt = page.locator(".jp-CodeCell .jp-InputPrompt").first
    for attempt in range(tries):
        page.get_by_role("menuitem", name="Run", exact=True).click()
        page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
        try:
            expect(first_prompt).to_have_text(re.compile(r"\[\d+\]"), timeout=30_000)  # the Run All reached a kernel
            expect(widget).to_be_visible(timeout=90_000)
            return
        except AssertionError:
            if attempt == tries - 1:
                raise
            print(f"Run All did not show the widget (attempt {attempt + 1}): restarting the kernel")
            page.get_by_role("menuitem", name="Kernel", exact=True).click()
            page.get_by_role("menuitem", name=re.compile(r"^Restart Kernel")).first.click()
            page.locator(".jp-Dialog .jp-mod-accept").click()
            expect(idle).to_be_visible(timeout=60_000)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def api(url: str, method: str = "GET", body: dict | None = None) -> dict:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read() or b"{}")


def start_kernel_session(url: str, path: str) -> None:
    """Start the notebook's kernel through the REST API before the page opens, so JupyterLab
    attaches to it instead of starting (and swapping) a kernel of its own."""
    session = api(f"{url}/api/sessions", "POST", {"path": path, "type": "notebook", "name": path,
                                                  "kernel": {"name": "python3"}})
    assert session["kernel"]["id"], session


def put_notebook(url: str, name: str, notebook: dict) -> None:
    """Put ``notebook`` (nbformat JSON) into the server's folder as ``name``, through Jupyter's contents API."""
    api(f"{url}/api/contents/{name}", "PUT", {"type": "notebook", "format": "json", "content": notebook})


def write_notebook(url: str, name: str, cells: list[str]) -> None:
    """Put a notebook of code cells ``cells`` into the server's folder."""
    cells = [{"cell_type": "code", "metadata": {}, "source": source, "outputs": [], "execution_count": None}
             for source in cells]
    put_notebook(url, name, {"cells": cells, "nbformat": 4, "nbformat_minor": 5,
                             "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}})


@contextmanager
def jupyter_lab(root: Path) -> Iterator[str]:
    """A JupyterLab server on a free port serving ``root / "notebooks"``, with ``SETTINGS`` and its own
    config, runtime and IPython folders under ``root``; yields its URL, shuts it (and its kernels) down."""
    (root / "notebooks").mkdir(exist_ok=True)
    for name, values in SETTINGS.items():
        path = root / "settings" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values))
    port = free_port()
    env = os.environ | {
        "JUPYTER_CONFIG_DIR": str(root / "config"),
        "JUPYTER_RUNTIME_DIR": str(root / "runtime"),
        "IPYTHONDIR": str(root / "ipython"),
    }
    log = open(root / "jupyterlab.log", "w")
    server = subprocess.Popen(
        [
            sys.executable, "-m", "jupyter", "lab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
            "--IdentityProvider.token=", "--ServerApp.password=", "--ServerApp.disable_check_xsrf=True", "--allow-root",
            f"--ServerApp.root_dir={root / 'notebooks'}", f"--LabApp.user_settings_dir={root / 'settings'}",
            f"--LabApp.workspaces_dir={root / 'workspaces'}",
        ],
        stdout=log, stderr=subprocess.STDOUT, env=env,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 90
        while True:
            try:
                urllib.request.urlopen(f"{url}/api/status", timeout=2)
                break
            except OSError:
                if server.poll() is not None or time.time() > deadline:
                    raise RuntimeError("JupyterLab did not start:\n" + (root / "jupyterlab.log").read_text()) from None
                time.sleep(0.5)
        yield url
    finally:
        server.terminate()  # the server shuts its kernels down with it
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
