"""The backprop stepper in a real browser: JupyterLab + Debian's headless Chromium, driven by Playwright.

A small notebook per language shows ``BackpropStepper()``. The test presses Next through every step and
reads, at each one, the equation's label and the deltas from the page (``.mnistnet-step`` and its
``.mnistnet-delta`` spans): they must be ``Network.backprop``'s, computed here in the test's own process.
Then it presses Back, types a new eta into the slider and checks the update shows it, with no error
output anywhere. Screenshots are saved as test-artifacts/stepper-<language>.png.
"""

import numpy as np
import pytest
from browser_helpers import (
    ARTIFACTS,
    chromium_page,
    open_notebook,
    run_all_until,
    start_kernel_session,
    write_notebook,
)

from mnistnet import Network, i18n

# the stepper's defaults, written out: the test computes what the page must show on its own
X, Y, ETA = np.array([[0.8], [0.3]]), np.array([[1.0], [0.0]]), 3.0
LABELS = ["start", "forward", "forward", "forward", "forward", "cost", "BP1", "BP4", "BP3", "BP2", "BP4", "BP3",
          "update", "forward"]
DELTA_LAYERS = [set()] * 6 + [{3}] * 3 + [{2, 3}] * 4 + [set()]  # the layers whose delta each step shows


def shown_deltas(page) -> dict:
    """{(layer, neuron): delta} read from the page's data attributes."""
    found = page.locator(".mnistnet-delta").evaluate_all(
        "spans => spans.map(s => [s.dataset.layer, s.dataset.neuron, s.dataset.value])")
    return {(int(layer), int(neuron)): float(value) for layer, neuron, value in found}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_stepping_through_backprop_shows_backprops_numbers(lab, language):
    """Catches a stepper that does not render or step in a real browser, a step whose label or deltas in the page
    are not backprop's (or not the step's), Back or a new eta that does nothing, and labels in the wrong language."""
    from playwright.sync_api import expect

    notebook = f"stepper_{language}.ipynb"
    write_notebook(lab, notebook, [f'import mnistnet\nfrom mnistnet.stepper import BackpropStepper\n\n'
                                   f'mnistnet.set_language("{language}")', "stepper = BackpropStepper()\nstepper"])
    start_kernel_session(lab, notebook)
    nabla_b = Network([2, 3, 2], seed=5).backprop(X, Y)[0]
    texts = i18n.catalogue(language)
    with chromium_page(f"stepper-{language}", height=1000) as (page, errors):
        idle = open_notebook(page, lab, notebook)
        stepper = page.locator(".mnistnet-stepper")
        run_all_until(page, stepper, idle)
        expect(idle).to_be_visible(timeout=90_000)
        expect(errors).to_have_count(0)
        step, next_button = stepper.locator(".mnistnet-step"), stepper.locator("button.mnistnet-next")
        expect(next_button).to_have_text(texts["stepper_next"])

        for number, (label, layers) in enumerate(zip(LABELS, DELTA_LAYERS), start=1):
            if number > 1:
                next_button.click()
            expect(step).to_have_attribute("data-step", str(number), timeout=30_000)
            expect(step).to_have_attribute("data-label", label)
            shown = label if label.startswith("BP") else texts[f"stepper_label_{label}"]
            expect(step.locator(".mnistnet-label")).to_have_text(shown)
            deltas = shown_deltas(page)
            expected = {(l, j): nabla_b[l - 2][j, 0] for l in layers for j in range(nabla_b[l - 2].shape[0])}
            assert deltas.keys() == expected.keys(), f"step {number}: deltas of {sorted(deltas)}"
            for key, value in expected.items():
                assert abs(deltas[key] - value) <= 1e-12, f"step {number}: delta {key} is {deltas[key]}, not {value}"
        expect(next_button).to_be_disabled()
        page.screenshot(path=str(ARTIFACTS / f"stepper-{language}.png"), full_page=False)

        stepper.locator("button.mnistnet-back").click()
        expect(step).to_have_attribute("data-step", "13", timeout=30_000)
        expect(step).to_have_attribute("data-label", "update")
        readout = stepper.locator(".widget-hslider", has_text=texts["stepper_eta_label"]).locator(".widget-readout")
        readout.click()
        page.keyboard.press("Control+A")
        page.keyboard.type("10")  # on the log slider's grid (10^1): the same value however the slider rounds
        page.keyboard.press("Enter")
        expect(readout).to_have_text("10.0")
        eta = step.locator(".mnistnet-matrix[data-name='\\\\eta'] td").first
        expect(eta).not_to_have_attribute("data-value", "3.0", timeout=30_000)  # the kernel has stepped again
        expect(step).to_have_attribute("data-step", "13")
        expect(eta).to_have_attribute("data-value", "10.0")
        new = Network([2, 3, 2], seed=5)
        new.update_mini_batch([(X, Y)], 10.0)
        weights = step.locator(".mnistnet-matrix[data-name='w^{2}_{\\\\mathrm{new}}'] td").evaluate_all(
            "cells => cells.map(c => c.dataset.value)")
        np.testing.assert_allclose([float(w) for w in weights], new.weights[0].ravel(), rtol=0, atol=1e-12)
        assert shown_deltas(page).keys() == {(l, j) for l in (2, 3) for j in range(nabla_b[l - 2].shape[0])}
        expect(errors).to_have_count(0)
