"""The explorer in a real browser: JupyterLab + Debian's headless Chromium, driven by Playwright.

Runs all cells of 07_explorer.ipynb, moves the eta slider, presses Train, and checks that the
progress bar completes and the accuracy plot changes. A screenshot is saved in test-artifacts/.
The notebook is copied to a temporary folder: the committed file is never touched.
"""

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("MNISTNET_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
]
# JupyterLab settings for this test only: render every cell (JupyterLab >= 4.2 renders only the
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


def run_all_until(page, widget, idle, tries: int = 3) -> None:
    """Run All Cells until ``widget`` appears. JupyterLab sometimes swaps a session's kernel just after
    the page opens (more often on a busy machine), and a Run All sent then is lost or half run: restart
    the kernel and run all again, up to ``tries`` times."""
    from playwright.sync_api import expect

    for attempt in range(tries):
        page.get_by_role("menuitem", name="Run", exact=True).click()
        page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
        try:
            expect(widget).to_be_visible(timeout=90_000)
            return
        except AssertionError:
            if attempt == tries - 1:
                raise
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


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        message = f"Chromium not found at {CHROMIUM}: install Debian's `chromium` package (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message + " to run the browser test.")
    root = tmp_path_factory.mktemp("lab")
    (root / "notebooks").mkdir()
    # copies without outputs (English and Chinese): whatever widget appears was made by this run
    for language in LABELS:
        notebook = json.loads((ROOT / "notebooks" / language / "07_explorer.ipynb").read_text())
        for cell in notebook["cells"]:
            if cell["cell_type"] == "code":
                cell["outputs"], cell["execution_count"] = [], None
        notebook["metadata"].pop("widgets", None)
        (root / "notebooks" / LABELS[language]["file"]).write_text(json.dumps(notebook))
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
        for labels in LABELS.values():
            start_kernel_session(url, labels["file"])
        yield url
    finally:
        server.terminate()  # the server shuts its kernels down with it
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


# What the explorer shows in each language (the Chinese edition's widgets speak Chinese).
LABELS = {
    "en": {"file": "07_explorer.ipynb", "train": "Train", "eta": "learning rate eta", "epochs": "epochs",
           "images": "training images", "done": r"Run (\d+) done", "status": "Run {n} done: best validation accuracy"},
    "zh": {"file": "07_explorer_zh.ipynb", "train": "训练", "eta": "学习率 eta", "epochs": "轮数",
           "images": "训练图像数", "done": r"第 (\d+) 次训练完成", "status": "第 {n} 次训练完成：最佳验证准确率"},
}


@pytest.mark.parametrize("language", LABELS)
def test_explorer_trains_in_a_real_browser(lab, language):
    """Catches an explorer that does not render, train or redraw in a real browser, and (zh) buttons and
    labels that are not in the notebook's language."""
    labels = LABELS[language]
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1100})
        errors = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
        try:
            # JupyterLab may ask which kernel to use (even with the session started above): take the
            # preferred one, whenever the dialog shows up, before Playwright's next action or assertion
            kernel_dialog = page.locator(".jp-Dialog").filter(has_text="Select Kernel")
            page.add_locator_handler(kernel_dialog, lambda dialog: dialog.locator(".jp-mod-accept").click())
            page.goto(f"{lab}/lab/tree/{labels['file']}?reset")  # ?reset: only this notebook open
            idle = page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']:visible")
            expect(idle).to_be_visible(timeout=90_000)  # a kernel has started
            explorer = page.locator(".widget-vbox").filter(has=page.locator("button", has_text=labels["train"])).first
            run_all_until(page, explorer, idle)
            expect(idle).to_be_visible(timeout=240_000)  # every cell has run
            # Run All stops at the first error and the kernel goes idle: an error must fail the test here
            expect(errors).to_have_count(0)

            plot = explorer.locator("img").first
            expect(plot).to_have_attribute("src", re.compile(r"."))  # the first plot is there
            before = plot.get_attribute("src")
            readout = explorer.locator(".widget-hslider", has_text=labels["eta"]).locator(".widget-readout")
            readout.click()
            page.keyboard.press("Control+A")
            page.keyboard.type("3")
            page.keyboard.press("Enter")
            expect(readout).to_have_text("3.16")  # the log slider moves in steps of 10^0.1
            for name, value in ((labels["epochs"], "2"), (labels["images"], "2000")):  # a short run
                box = explorer.locator(".widget-hslider", has_text=name).locator(".widget-readout")
                box.click()
                page.keyboard.press("Control+A")
                page.keyboard.type(value)
                page.keyboard.press("Enter")
                expect(box).to_have_text(value)

            # the notebook's own runs are all shown once its last "Run K done" is: K is where the count starts
            rows = explorer.locator("table.mnistnet-runs tr")
            done = explorer.locator(".widget-label").filter(has_text=re.compile("^" + labels["done"]))
            expect(done).to_be_visible(timeout=60_000)
            runs_before = int(re.match(labels["done"], done.inner_text()).group(1))
            expect(rows).to_have_count(runs_before + 1)  # header and one row per run

            explorer.locator("button", has_text=labels["train"]).click()
            status = explorer.locator(".widget-label").filter(has_text=labels["status"].format(n=runs_before + 1))
            expect(status).to_be_visible(timeout=120_000)
            # "done" is written after the final plot is drawn: all of these hold by now, each awaited
            expect(explorer.locator(".progress-bar")).to_have_attribute("style", re.compile(r"width:\s*100%"))
            expect(plot).not_to_have_attribute("src", before)  # the plot was redrawn
            expect(rows).to_have_count(runs_before + 2)
            last_row = rows.last
            expect(last_row.locator("td").nth(1)).to_have_text(re.compile(r"^3\.16"))  # the run used the new eta
            expect(last_row.locator("td").nth(5)).to_have_text("2000")
        finally:
            page.screenshot(path=str(ARTIFACTS / f"explorer-{language}.png"), full_page=False)
            (ARTIFACTS / f"explorer-{language}-errors.txt").write_text("\n\n".join(errors.all_inner_texts()))
            browser.close()
