"""Draw a digit in a real browser: JupyterLab + Debian's headless Chromium, driven by Playwright.

A small notebook (written here; notebook 11 will take its place) trains a chapter-1 network for one
epoch on 5,000 real images and shows ``DrawDigit(net)``. The test draws a 7 with the mouse on the
canvas (two strokes) and waits until Python has received both strokes (the answer's data-strokes
attribute, set from the canvas's stroke counter), the 28 x 28 preview has changed and an answer appears, then presses Clear and
waits for the answer to go. A screenshot is saved as test-artifacts/draw.png.

The JupyterLab server is conftest's ``lab``; Chromium's settings and the helpers come from browser_helpers.py.
"""

import re

from browser_helpers import (
    ARTIFACTS,
    chromium_page,
    open_notebook,
    run_all_until,
    start_kernel_session,
    write_notebook,
)

NOTEBOOK = "draw_test.ipynb"
CELLS = [
    "from mnistnet import Network, load_data\nfrom mnistnet.widgets import DrawDigit",
    "training, validation, test = load_data()\nnet = Network([784, 30, 10], seed=0)\n"
    "history = net.SGD((training[0][:5000], training[1][:5000]), 1, 10, 3.0, verbose=False)",
    "DrawDigit(net)",
]


def test_drawing_a_digit_shows_what_the_network_sees_and_its_answer(lab):
    from playwright.sync_api import expect

    write_notebook(lab, NOTEBOOK, CELLS)
    start_kernel_session(lab, NOTEBOOK)
    with chromium_page("draw", height=1000) as (page, errors):
        idle = open_notebook(page, lab, NOTEBOOK)
        canvas = page.locator(".mnistnet-draw canvas")
        run_all_until(page, canvas, idle)
        answer = page.locator(".mnistnet-answer")
        expect(answer).to_have_attribute("data-answer", "")  # nothing drawn yet
        preview = page.locator(".widget-image").first
        empty_preview = preview.get_attribute("src")

        # draw a 7: a bar, then a slanted stroke, each one press-move-release
        box = canvas.bounding_box()
        for (x0, y0), (x1, y1) in (((0.3, 0.2), (0.7, 0.2)), ((0.7, 0.2), (0.4, 0.85))):
            page.mouse.move(box["x"] + x0 * box["width"], box["y"] + y0 * box["height"])
            page.mouse.down()
            page.mouse.move(box["x"] + x1 * box["width"], box["y"] + y1 * box["height"], steps=15)
            page.mouse.up()

        expect(answer).to_have_attribute("data-strokes", "2", timeout=30_000)  # one message per stroke
        expect(answer).to_have_attribute("data-answer", re.compile(r"^[0-9]$"))
        expect(answer).to_contain_text(re.compile(r"[0-9]"))
        expect(preview).not_to_have_attribute("src", empty_preview)  # the 28 x 28 image shows ink
        page.screenshot(path=str(ARTIFACTS / "draw.png"), full_page=False)

        page.locator(".mnistnet-clear").click()
        expect(answer).to_have_attribute("data-answer", "", timeout=30_000)
