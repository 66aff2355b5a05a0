"""The explorer in a real browser: JupyterLab + Debian's headless Chromium, driven by Playwright.

Runs all cells of 07_explorer.ipynb, moves the eta slider, presses Train, and checks that the
progress bar completes and the accuracy plot changes. Screenshots are saved in test-artifacts/.
The notebook is copied to the server's temporary folder: the committed file is never touched. The server is
conftest's ``lab``; the helpers are in browser_helpers.py.
"""

import re

import notebook_json
import pytest
from browser_helpers import (
    ROOT,
    chromium_page,
    open_notebook,
    put_notebook,
    run_all_until,
    start_kernel_session,
)


@pytest.fixture(scope="module")
def explorer_lab(lab):
    """The JupyterLab server, with copies of 07_explorer.ipynb without outputs (English and Chinese): whatever widget
    appears was made by this run. Only the cells up to the one that makes the explorer: the notebook's own training
    runs are nbval's to check, and here they only made the browser wait (35 s of each test)."""
    for language in LABELS:
        notebook = notebook_json.read(ROOT / "notebooks" / language / "07_explorer.ipynb")
        makes_explorer = [i for i, cell in enumerate(notebook["cells"]) if "explorer()" in notebook_json.source(cell)]
        notebook["cells"] = notebook["cells"][: makes_explorer[0] + 1]
        for cell in notebook["cells"]:
            if cell["cell_type"] == "code":
                cell["outputs"], cell["execution_count"] = [], None
        notebook["metadata"].pop("widgets", None)
        put_notebook(lab, LABELS[language]["file"], notebook)
        start_kernel_session(lab, LABELS[language]["file"])
    return lab


# What the explorer shows in each language (the Chinese edition's widgets speak Chinese).
LABELS = {
    "en": {"file": "07_explorer.ipynb", "train": "Train", "eta": "learning rate eta", "epochs": "epochs",
           "images": "training images", "status": "Run {n} done: best validation accuracy"},
    "zh": {"file": "07_explorer_zh.ipynb", "train": "训练", "eta": "学习率 eta", "epochs": "轮数",
           "images": "训练图像数", "status": "第 {n} 次训练完成：最佳验证准确率"},
}


@pytest.mark.parametrize("language", LABELS)
def test_explorer_trains_in_a_real_browser(explorer_lab, language):
    """Catches an explorer that does not render, train or redraw in a real browser, and (zh) buttons and
    labels that are not in the notebook's language."""
    labels = LABELS[language]
    from playwright.sync_api import expect

    with chromium_page(f"explorer-{language}", height=1100) as (page, errors):
        # JupyterLab may ask which kernel to use (even with the session started above): take the
        # preferred one, whenever the dialog shows up, before Playwright's next action or assertion
        kernel_dialog = page.locator(".jp-Dialog").filter(has_text="Select Kernel")
        page.add_locator_handler(kernel_dialog, lambda dialog: dialog.locator(".jp-mod-accept").click())
        idle = open_notebook(page, explorer_lab, labels["file"])
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

        rows = explorer.locator("table.mnistnet-runs tr")
        expect(rows).to_have_count(0)  # no run yet, no table

        explorer.locator("button", has_text=labels["train"]).click()
        status = explorer.locator(".widget-label").filter(has_text=labels["status"].format(n=1))
        expect(status).to_be_visible(timeout=120_000)
        # "done" is written after the final plot is drawn: all of these hold by now, each awaited
        expect(explorer.locator(".progress-bar")).to_have_attribute("style", re.compile(r"width:\s*100%"))
        expect(plot).not_to_have_attribute("src", before)  # the plot was redrawn
        expect(rows).to_have_count(2)  # the header and this run
        last_row = rows.last
        expect(last_row.locator("td").nth(1)).to_have_text(re.compile(r"^3\.16"))  # the run used the new eta
        expect(last_row.locator("td").nth(5)).to_have_text("2000")
