"""The backprop stepper of notebook 05, driven without a browser (button.click(), slider.value).

Every number it shows (the data-value of each table cell and of each delta) is compared with
``Network.backprop`` and ``Network.feedforward`` and with the forward pass, the cost and the update
written out here with numpy, to 1e-12.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import numpy as np
import pytest
from matplotlib.figure import Figure

from mnistnet import Network, i18n
from mnistnet.checks import check_dC_dw, check_output_error
from mnistnet.plots import draw_small_network
from mnistnet.stepper import BackpropStepper, backprop_steps, steps_figure

LABELS = ["start", "forward", "forward", "forward", "forward", "cost", "BP1", "BP4", "BP3", "BP2", "BP4", "BP3",
          "update", "forward"]  # Network([2, 3, 2]), written by hand from notebook 05's order


class Panel(HTMLParser):
    """What one step's panel shows: its data-* attributes, the tables (name -> the numbers of each table of that
    name: eta appears once per row of the update) and the deltas."""

    def __init__(self, text: str):
        super().__init__()
        self.step, self.tables, self.deltas, self._name = {}, {}, {}, None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        cls = attrs.get("class", "")
        if cls == "mnistnet-step":
            self.step = attrs
        elif cls == "mnistnet-matrix":
            self._name = attrs["data-name"]
            self.tables.setdefault(self._name, []).append([])
        elif cls == "mnistnet-value":
            self.tables[self._name][-1].append(float(attrs["data-value"]))
        elif cls == "mnistnet-delta":
            self.deltas[(int(attrs["data-layer"]), int(attrs["data-neuron"]))] = float(attrs["data-value"])


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def reference(net: Network, x: np.ndarray, y: np.ndarray, eta: float) -> dict:
    """Every number the stepper may show, by name: the forward pass, the cost and the update written out here
    with numpy, the gradients from ``Network.backprop``, the outputs checked against ``Network.feedforward``."""
    (w2, w3), (b2, b3) = net.weights, net.biases
    z2 = w2 @ x + b2
    a2 = sigmoid(z2)
    z3 = w3 @ a2 + b3
    a3 = sigmoid(z3)
    np.testing.assert_allclose(a3, net.feedforward(x), rtol=0, atol=1e-15)
    nabla_b, nabla_w = net.backprop(x, y)
    new_w = [w - eta * nw for w, nw in zip(net.weights, nabla_w)]
    new_b = [b - eta * nb for b, nb in zip(net.biases, nabla_b)]
    new_a3 = sigmoid(new_w[1] @ sigmoid(new_w[0] @ x + new_b[0]) + new_b[1])
    ref = {"x": x, "y": y, "w^{2}": w2, "b^{2}": b2, "w^{3}": w3, "b^{3}": b3, "a^{1}": x, "z^{2}": z2, "a^{2}": a2,
           "z^{3}": z3, "a^{3}": a3, "C": 0.5 * np.sum((a3 - y) ** 2), "a^{3} - y": a3 - y,
           "\\sigma'(z^{3})": a3 * (1 - a3), "\\delta^{3}": nabla_b[1], "(a^{2})^T": a2.T,
           "\\partial C / \\partial w^{3}": nabla_w[1], "\\partial C / \\partial b^{3}": nabla_b[1],
           "(w^{3})^T": w3.T, "(w^{3})^T \\delta^{3}": w3.T @ nabla_b[1], "\\sigma'(z^{2})": a2 * (1 - a2),
           "\\delta^{2}": nabla_b[0], "(a^{1})^T": x.T, "\\partial C / \\partial w^{2}": nabla_w[0],
           "\\partial C / \\partial b^{2}": nabla_b[0], "\\eta": eta,
           "a^{3}_{\\mathrm{new}}": new_a3, "C_{\\mathrm{before}}": 0.5 * np.sum((a3 - y) ** 2),
           "C_{\\mathrm{after}}": 0.5 * np.sum((new_a3 - y) ** 2)}
    for l in (2, 3):
        ref[f"w^{{{l}}}_{{\\mathrm{{new}}}}"], ref[f"b^{{{l}}}_{{\\mathrm{{new}}}}"] = new_w[l - 2], new_b[l - 2]
    return ref


def walk(stepper: BackpropStepper) -> list[Panel]:
    """Press Next until it is disabled; the panel of every step, the first included."""
    panels = [Panel(stepper.panel.value)]
    while not stepper.next_button.disabled:
        stepper.next_button.click()
        panels.append(Panel(stepper.panel.value))
    return panels


def assert_numbers_match(panels: list[Panel], ref: dict, nabla_b: list) -> None:
    """Each table equals the reference of its name, and the deltas shown are backprop's, where they should be."""
    shown = set()
    for number, panel in enumerate(panels, start=1):
        assert panel.tables, f"step {number} shows no numbers"
        for name, tables in panel.tables.items():
            for values in tables:
                np.testing.assert_allclose(values, np.ravel(ref[name]), rtol=0, atol=1e-12, err_msg=f"step {number}: {name}")
            shown.add(name)
        label, kind = panel.step["data-label"], panel.step["data-kind"]
        known = {3} if label == "BP1" or (kind.startswith("bp") and panel.step["data-layer"] == "3") else set()
        if kind in ("bp2", "update") or (kind in ("bp3", "bp4") and panel.step["data-layer"] == "2"):
            known = {2, 3}
        expected = {(l, j): nabla_b[l - 2][j, 0] for l in known for j in range(nabla_b[l - 2].shape[0])}
        assert panel.deltas.keys() == expected.keys(), f"step {number} ({label}): deltas of the wrong neurons"
        for key, value in expected.items():
            assert abs(panel.deltas[key] - value) <= 1e-12, f"step {number}: delta {key}"
    assert shown == set(ref), f"never shown: {set(ref) - shown}"


def test_every_number_shown_is_backprops_and_feedforwards():
    """Catches a stepper that shows numbers of its own making (a wrong z, a delta that is not backprop's, an update
    without eta, a cost of the wrong output), a step that shows nothing, or a delta shown before it is computed."""
    stepper = BackpropStepper()
    x, y = np.array([[0.8], [0.3]]), np.array([[1.0], [0.0]])
    np.testing.assert_array_equal(stepper.x, x)
    panels = walk(stepper)
    assert [p.step["data-label"] for p in panels] == LABELS
    assert [int(p.step["data-step"]) for p in panels] == list(range(1, 15))
    assert_numbers_match(panels, reference(stepper.net, x, y, 3.0), stepper.net.backprop(x, y)[0])


def test_back_retraces_the_same_steps_and_the_buttons_stop_at_the_ends():
    """Catches Back that skips or repeats a step, or shows other numbers than Next did, and buttons that let the
    step number run past either end."""
    stepper = BackpropStepper()
    assert stepper.back_button.disabled and not stepper.next_button.disabled
    forward_panels = [stepper.panel.value]
    for _ in range(13):
        stepper.next_button.click()
        forward_panels.append(stepper.panel.value)
    assert stepper.next_button.disabled and stepper.step_slider.value == 14
    stepper.go(+1)
    assert stepper.step_slider.value == 14
    backward_panels = [stepper.panel.value]
    for _ in range(13):
        stepper.back_button.click()
        backward_panels.append(stepper.panel.value)
    assert backward_panels[::-1] == forward_panels
    assert stepper.back_button.disabled and stepper.step_slider.value == 1
    stepper.step_slider.value = 7
    assert Panel(stepper.panel.value).step["data-label"] == "BP1"


def test_changing_eta_x_and_y_recomputes_every_number_and_says_when_the_cost_goes_up():
    """Catches sliders that change nothing (old numbers after a new eta, x or y), a step number lost on a change, and
    a verdict that says "down" when a huge eta made the cost go up, or a drawing kept from before the change."""
    stepper = BackpropStepper()
    stepper.step_slider.value = 13
    picture = stepper.image.value  # the update's drawing shows the new weights: a new eta must redraw it
    stepper.eta_slider.value = 30.0
    assert stepper.image.value != picture
    for slider, value in zip(stepper.y_sliders, (0.5, 0.5)):
        slider.value = value
    assert stepper.step_slider.value == 13  # still on the update
    x, y = np.array([[0.8], [0.3]]), np.array([[0.5], [0.5]])
    ref = reference(stepper.net, x, y, 30.0)
    assert ref["C_{\\mathrm{after}}"] > ref["C_{\\mathrm{before}}"]  # this eta overshoots (worked out by hand above)
    stepper.step_slider.value = 1
    assert_numbers_match(walk(stepper), ref, stepper.net.backprop(x, y)[0])
    assert i18n.t("stepper_cost_up", eta=30) in stepper.panel.value
    stepper.eta_slider.value = 3.0
    stepper.x_sliders[1].value = 0.65
    x = np.array([[0.8], [0.65]])
    ref = reference(stepper.net, x, y, 3.0)
    assert ref["C_{\\mathrm{after}}"] < ref["C_{\\mathrm{before}}"]
    assert i18n.t("stepper_cost_down") in stepper.panel.value  # still on the last step, now for the new numbers
    stepper.step_slider.value = 1
    assert_numbers_match(walk(stepper), ref, stepper.net.backprop(x, y)[0])


def test_the_network_given_is_never_changed():
    """Catches a stepper that applies its update to the learner's network (stepping twice would then show
    different numbers, and the notebook's net would train behind the learner's back)."""
    net = Network([2, 3, 2], seed=1)
    before = [w.copy() for w in net.weights] + [b.copy() for b in net.biases]
    stepper = BackpropStepper(net)
    walk(stepper)
    stepper.eta_slider.value = 50.0
    for got, kept in zip(net.weights + net.biases, before):
        np.testing.assert_array_equal(got, kept)


def test_a_deeper_cross_entropy_network_steps_through_bp2_twice():
    """Catches a stepper that only knows one hidden layer or the quadratic cost: with [3, 4, 3, 2] BP2, BP4 and BP3
    come twice, and the cross-entropy's BP1 is delta^L = a^L - y (backprop's delta)."""
    net = Network([3, 4, 3, 2], seed=2, cost="cross-entropy")
    x, y = np.array([[0.1], [0.5], [0.9]]), np.array([[0.0], [1.0]])
    stepper = BackpropStepper(net, x=x.ravel(), y=y.ravel(), eta=0.5)
    panels = walk(stepper)
    assert [p.step["data-label"] for p in panels] == (["start"] + ["forward"] * 6 + ["cost", "BP1", "BP4", "BP3"]
                                                      + ["BP2", "BP4", "BP3"] * 2 + ["update", "forward"])
    nabla_b, nabla_w = net.backprop(x, y)
    bp1 = panels[8]
    np.testing.assert_allclose(bp1.tables["\\delta^{4}"], [nabla_b[2].ravel()], rtol=0, atol=1e-12)
    np.testing.assert_allclose(nabla_b[2], net.feedforward(x) - y, rtol=0, atol=1e-12)  # a - y, by hand
    np.testing.assert_allclose(panels[15].tables["\\partial C / \\partial w^{2}"], [nabla_w[0].ravel()], rtol=0,
                               atol=1e-12)
    assert {l for l, _ in panels[15].deltas} == {2, 3, 4}


@pytest.mark.parametrize("kwargs, words", [
    ({"net": Network([784, 30, 10], seed=0)}, "small networks only"),
    ({"x": (0.5, 2.0)}, "x must be 2 numbers between 0 and 1"),
    ({"y": (1.0,)}, "y must be 2 numbers"),
    ({"eta": 0}, "eta (the learning rate) must be a number from 0.01 to 100"),
    ({"eta": "3"}, "eta (the learning rate)"),
])
def test_refuses_what_it_cannot_show(kwargs, words):
    """Catches a stepper that silently draws a network too big to read, clamps an x or a y out of the sliders'
    range (the numbers shown would not be the learner's), or takes a learning rate its slider cannot show."""
    with pytest.raises(ValueError, match=re.escape(words)):
        BackpropStepper(**kwargs)


def test_a_cost_of_ones_own_is_refused():
    """Catches a stepper that writes the quadratic cost's BP1 for a cost whose delta it does not know."""
    net = Network([2, 2], seed=0)
    net.cost = type("Halved", (), {"fn": staticmethod(lambda a, y: 0.0), "delta": staticmethod(lambda z, a, y: a)})()
    with pytest.raises(ValueError, match="quadratic and the cross-entropy"):
        backprop_steps(net, (0.5, 0.5), (1.0, 0.0), 1.0)


def test_the_drawing_shows_the_deltas_and_rings_the_neurons_of_the_step():
    """Catches a drawing whose deltas are not written under their neurons, or whose highlighted neurons are not
    the ones the step uses (BP2 of layer 2 uses layers 2 and 3)."""
    stepper = BackpropStepper()
    bp2 = stepper.steps[9]
    assert bp2.kind == "bp2" and bp2.lit_neurons == {(1, 0), (1, 1), (1, 2), (2, 0), (2, 1)}
    fig = Figure()
    ax = fig.add_subplot()
    draw_small_network(ax, bp2.weights, bp2.activations, bp2.deltas, bp2.lit_neurons, bp2.lit_weights)
    nabla_b = stepper.net.backprop(stepper.x, stepper.y)[0]
    written = sorted(text.get_text() for text in ax.texts if text.get_text().startswith("δ="))
    assert written == sorted(f"δ={d:.3g}" for d in np.concatenate([nabla_b[0], nabla_b[1]]).ravel())
    rings = [p for p in ax.patches if p.get_linewidth() == 3]
    assert len(rings) == 5 and len(ax.patches) == 7


def test_the_static_figure_has_one_panel_per_step():
    """Catches a figure of the sequence that drops a step or mislabels the BP equations (the notebook shows it to
    readers without a kernel)."""
    stepper = BackpropStepper()
    fig = steps_figure(stepper.steps, stepper.y)
    titles = [ax.get_title() for ax in fig.axes if ax.get_title()]
    assert len(titles) == 14
    assert [re.search(r"\((BP\d)\)", title).group(1) for title in titles if "(BP" in title] == [
        "BP1", "BP4", "BP3", "BP2", "BP4", "BP3"]
    assert "0.2784" in titles[-1]  # the cost before the update, on the last panel


def test_speaks_chinese_in_the_chinese_edition():
    """Catches English buttons and titles in the Chinese notebook (the numbers stay the same)."""
    try:
        i18n.set_language("zh")
        stepper = BackpropStepper()
        assert stepper.next_button.description == "下一步" and stepper.back_button.description == "上一步"
        stepper.step_slider.value = 7
        assert "输出层的误差" in stepper.panel.value and Panel(stepper.panel.value).step["data-label"] == "BP1"
    finally:
        i18n.set_language("en")


# --- the two checks of notebook 05 ----------------------------------------------------------


def test_check_output_error_accepts_bp1_and_names_each_mistake():
    """Catches a check that refuses a right BP1 (with sigma'(z) or with a (1 - a)) or does not say which part of BP1
    is wrong."""
    from mnistnet.maths import sigmoid_prime

    assert check_output_error(lambda z, a, y: (a - y) * sigmoid_prime(z)).passed
    assert check_output_error(lambda z, a, y: (a - y) * a * (1 - a)).passed
    for key, wrong in {"check_output_error_no_sigma_prime": lambda z, a, y: a - y,
                       "check_output_error_sign": lambda z, a, y: (y - a) * a * (1 - a),
                       "check_output_error_sigma": lambda z, a, y: (a - y) * a,
                       "check_output_error_prime_of_a": lambda z, a, y: (a - y) * sigmoid_prime(a),
                       "check_output_error_z_not_a": lambda z, a, y: (a - y) * z * (1 - z)}.items():
        result = check_output_error(wrong)
        assert not result.passed and result.message == i18n.t(key, call="<lambda>(z, a, y)"), key


def factors(stepper: BackpropStepper) -> dict:
    """The numbers a learner reads in the stepper, rounded to the 4 digits it shows."""
    panels = walk(stepper)
    return {name: np.array([float(f"{v:.4g}") for v in tables[0]]) for p in panels for name, tables in p.tables.items()}


def test_check_dC_dw_accepts_a_hand_worked_answer_and_names_the_wrong_factor():
    """Catches a check that refuses the product of the rounded numbers shown, or cannot say which factor of BP4
    (the activation or the delta) is the wrong one."""
    stepper = BackpropStepper()
    shown = factors(stepper)
    x, a2, d2, d3 = shown["x"], shown["a^{2}"], shown["\\delta^{2}"], shown["\\delta^{3}"]
    right = x[0] * d2[1]  # dC/dw^2_10 = a^1_0 delta^2_1, read off the stepper
    assert check_dC_dw(lambda: right, stepper).passed
    assert "row 1, column 0" in repr(check_dC_dw(lambda: right, stepper))
    for key, wrong in {"check_dc_dw_activation_into": a2[1] * d2[1], "check_dc_dw_activation_index": x[1] * d2[1],
                       "check_dc_dw_delta_index": x[0] * d2[2], "check_dc_dw_delta_next": x[0] * d3[1],
                       "check_dc_dw_bp3": d2[1], "check_dc_dw_no_delta": x[0], "check_dc_dw_sign": -right}.items():
        result = check_dC_dw(lambda value=wrong: value, stepper)
        names = {"l": 2, "previous": 1, "next": 3, "j": 1, "k": 0}
        assert not result.passed and result.message == i18n.t(key, call="<lambda>()", **names), key
    result = check_dC_dw(lambda: 0.5, stepper)
    assert not result.passed and "is not a^1_0 delta^2_1" in result.message
    assert "one weight has one number" in check_dC_dw(lambda: np.zeros(2), stepper).message
    assert not check_dC_dw(lambda: ..., stepper).passed


def test_check_dC_dw_on_an_output_weight():
    """Catches a check that only works for the first layer's weights: for w^3 the activation factor is a^2_k."""
    stepper = BackpropStepper()
    a2, d3 = stepper.activations[1], stepper.net.backprop(stepper.x, stepper.y)[0][1]
    assert check_dC_dw(lambda: a2[2, 0] * d3[0, 0], stepper, layer=1, j=0, k=2).passed
    result = check_dC_dw(lambda: a2[2, 0] * d3[1, 0], stepper, layer=1, j=0, k=2)
    assert not result.passed and "delta^3_0" in result.message
