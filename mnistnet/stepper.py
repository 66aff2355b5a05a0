"""The backprop stepper of notebook 05: one backpropagation on a network small enough to see every number.

``BackpropStepper()`` shows ``Network([2, 3, 2], seed=5)`` with one input x and one target y (or the
network you give it). Next and Back (or the step slider) apply one equation at a time: the forward pass
layer by layer (z, then a), the cost, BP1, BP4 and BP3 for the output layer, BP2, BP4 and BP3 for each
hidden layer, the update with eta, and one more forward pass that shows whether the cost went down.
Sliders change x, y and eta; the steps are computed again at once.

Every number comes from the package's own ``Network.feedforward``, ``Network.backprop`` and
``Network.update_mini_batch`` (``backprop_steps``): what the stepper shows is what trains. Each step is
shown three ways: the drawing (``plots.draw_small_network``), the equation in notebook 05's notation
(LaTeX, in an ``HTMLMath``) and its numbers (small tables). ``steps_figure`` draws every step in one
figure, for a notebook read without a kernel.

For tests, the step's panel is a ``div.mnistnet-step`` with ``data-step``, ``data-kind`` and
``data-label`` (BP1 to BP4, forward, cost, ...); every number in its tables has all its digits in
``data-value``; every delta known so far is a ``span.mnistnet-delta`` with ``data-layer``,
``data-neuron`` and ``data-value``. No browser is needed: press ``next_button.click()``, set slider values.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import ipywidgets as widgets
import numpy as np
from matplotlib import pyplot as plt
from matplotlib.figure import Figure

from .i18n import t
from .maths import cost_derivative, sigmoid, sigmoid_prime
from .network import Network
from .plots import draw_small_network
from .validate import is_real_number
from .widgets import NotLive, png

__all__ = ["BackpropStepper", "Step", "backprop_steps", "forward", "steps_figure"]

MAX_LAYERS, MAX_NEURONS = 5, 6  # what the drawing has room for
ETA_RANGE = (0.01, 100.0)
# BP1 and the cost, in notebook 05's notation, for the two costs of the book (L: the output layer)
COST_EQUATIONS = {
    "quadratic": (r"C = \tfrac{1}{2}\|a^{L} - y\|^2", r"\delta^{L} = (a^{L} - y) \odot \sigma'(z^{L})"),
    "cross-entropy": (r"C = -\sum_j \left[y_j \ln a^{L}_j + (1 - y_j) \ln(1 - a^{L}_j)\right]", r"\delta^{L} = a^{L} - y"),
}
LABELS = {"start": "start", "z": "forward", "a": "forward", "cost": "cost", "bp1": "BP1", "bp2": "BP2", "bp3": "BP3",
          "bp4": "BP4", "update": "update", "after": "forward"}


@dataclass
class Step:
    """One step: the equation it applies, the numbers it shows, and the drawing after it.

    Layers are numbered from 1 as in notebook 05 (``layer``, the names in ``terms``); the lists
    ``activations`` and ``deltas`` have one entry per layer, None where it is not computed yet.
    """

    kind: str  # start, z, a, cost, bp1, bp4, bp3, bp2, update, after
    layer: int  # the layer l it computes (0: none)
    equation: str  # LaTeX; the update's has three parts, one per line, separated by \quad
    terms: list  # rows of what is shown: (LaTeX name, array) pairs and LaTeX operators between them
    note: str  # one or two sentences for the learner
    weights: list  # the weights drawn (the new ones from the update on)
    activations: list
    deltas: list
    lit_neurons: set  # {(layer counted from 0, neuron)}
    lit_weights: set  # {index into weights}

    @property
    def equations(self) -> list[str]:
        """The equation's parts, one per line (the update: w, b and eta); each ends without a comma."""
        return [part.strip().rstrip(",") for part in self.equation.split(r"\quad")]

    @property
    def label(self) -> str:
        """The equation's name: BP1 to BP4, else start, forward, cost or update (language-neutral)."""
        return LABELS[self.kind]


def forward(net: Network, x: np.ndarray) -> tuple[list, list]:
    """``(zs, activations)`` of one input column x, layer by layer, as ``Network.backprop`` keeps them."""
    activations, zs = [x], []
    for b, w in zip(net.biases, net.weights):
        zs.append(np.dot(w, activations[-1]) + b)
        activations.append(sigmoid(zs[-1]))
    return zs, activations


def _check_network(net) -> Network:
    if not isinstance(net, Network) or len(net.sizes) > MAX_LAYERS or max(net.sizes) > MAX_NEURONS:
        raise ValueError(t("stepper_too_big", layers=MAX_LAYERS, neurons=MAX_NEURONS, sizes=getattr(net, "sizes", net)))
    if getattr(net.cost, "name", None) not in COST_EQUATIONS:
        raise ValueError(t("stepper_cost", cost=getattr(net.cost, "name", net.cost)))
    return net


def _column(values, n: int, name: str) -> np.ndarray:
    """``values`` as an (n, 1) column of numbers in [0, 1] (the sliders' range), else a ValueError naming ``name``."""
    try:
        column = np.asarray(values, dtype=float).reshape(n, 1)
    except (TypeError, ValueError):
        column = None
    if column is None or not np.all((column >= 0) & (column <= 1)):
        raise ValueError(t("stepper_values", name=name, n=n, value=values))
    return column


def _check_eta(eta) -> float:
    if not is_real_number(eta) or not ETA_RANGE[0] <= eta <= ETA_RANGE[1]:
        raise ValueError(t("stepper_eta", low=ETA_RANGE[0], high=ETA_RANGE[1], value=eta))
    return float(eta)


def backprop_steps(net: Network, x, y, eta: float) -> list[Step]:
    """Every step of one backpropagation and update of ``net`` on one input ``x`` with target ``y``.

    The numbers are the package's: a^L from ``net.feedforward``, delta^l = ``nabla_b[l]`` and the
    gradients from ``net.backprop`` (one sample: BP3 says nabla_b is delta), the new weights from
    ``update_mini_batch`` on a copy (``net`` itself does not change). What a step shows besides (z,
    the factors of BP1 and BP2) is computed with the same lines as ``backprop``.
    """
    _check_network(net)
    x, y, eta = _column(x, net.sizes[0], "x"), _column(y, net.sizes[-1], "y"), _check_eta(eta)
    n_layers = net.num_layers
    zs, activations = forward(net, x)
    activations[-1] = net.feedforward(x)
    nabla_b, nabla_w = net.backprop(x, y)
    after = net.copy()
    after.update_mini_batch([(x, y)], eta)
    cost_before, cost_after = net.cost.fn(activations[-1], y), after.cost.fn(after.feedforward(x), y)
    cost_equation, bp1_equation = (e.replace("{L}", f"{{{n_layers}}}") for e in COST_EQUATIONS[net.cost.name])

    steps: list[Step] = []
    known_a, known_d = [x] + [None] * (n_layers - 1), [None] * n_layers
    weights = net.weights

    def layer(number: int) -> set:
        """The neurons of layer ``number`` (counted from 1)."""
        return {(number - 1, j) for j in range(net.sizes[number - 1])}

    def add(kind: str, number: int, equation: str, terms: list, neurons=(), lit=(), **values) -> None:
        note = t(f"stepper_note_{kind}", l=number, previous=number - 1, next=number + 1, **values)
        steps.append(Step(kind, number, equation, terms, note, list(weights), list(known_a), list(known_d),
                          set(neurons), set(lit)))

    # the forward pass: for each layer, z and then a
    add("start", 1, "a^{1} = x", [[("x", x), ("y", y)]] + [
        [(f"w^{{{i + 2}}}", w), (f"b^{{{i + 2}}}", b)] for i, (w, b) in enumerate(zip(net.weights, net.biases))],
        layer(1))
    for i, (w, b, z) in enumerate(zip(net.weights, net.biases, zs)):
        l = i + 2
        add("z", l, f"z^{{{l}}} = w^{{{l}}} a^{{{l - 1}}} + b^{{{l}}}",
            [[(f"w^{{{l}}}", w), (f"a^{{{l - 1}}}", activations[i]), "+", (f"b^{{{l}}}", b), "=", (f"z^{{{l}}}", z)]],
            layer(l - 1) | layer(l), {i})
        known_a[l - 1] = activations[l - 1]
        add("a", l, f"a^{{{l}}} = \\sigma(z^{{{l}}})", [[(f"z^{{{l}}}", z), r"\xrightarrow{\sigma}",
                                                         (f"a^{{{l}}}", activations[l - 1])]], layer(l))
    # the cost, then the backward pass: BP1, BP4 and BP3 for the output layer, BP2, BP4 and BP3 for each hidden one
    output, top = activations[-1], f"{{{n_layers}}}"  # a^L, and L as LaTeX writes it: {3}
    add("cost", n_layers, cost_equation, [[(f"a^{top}", output), "-", ("y", y)], [("C", cost_before)]], layer(n_layers),
        cost=cost_before)
    known_d[-1] = nabla_b[-1]
    if net.cost.name == "quadratic":
        bp1_terms = [(f"a^{top} - y", cost_derivative(output, y)), r"\odot", (f"\\sigma'(z^{top})", sigmoid_prime(zs[-1]))]
    else:
        bp1_terms = [(f"a^{top}", output), "-", ("y", y)]
    add("bp1", n_layers, bp1_equation, [bp1_terms + ["=", (f"\\delta^{top}", nabla_b[-1])]], layer(n_layers))
    for l in range(n_layers, 1, -1):  # from the output layer back to the first hidden layer
        i = l - 2  # nabla_w[i], nabla_b[i]: the weights and biases of layer l
        if l < n_layers:  # BP2: the error of a hidden layer
            back = np.dot(net.weights[i + 1].transpose(), nabla_b[i + 1])
            known_d[l - 1] = nabla_b[i]
            add("bp2", l, f"\\delta^{{{l}}} = ((w^{{{l + 1}}})^T \\delta^{{{l + 1}}}) \\odot \\sigma'(z^{{{l}}})",
                [[(f"(w^{{{l + 1}}})^T", net.weights[i + 1].transpose()), (f"\\delta^{{{l + 1}}}", nabla_b[i + 1]), "=",
                  (f"(w^{{{l + 1}}})^T \\delta^{{{l + 1}}}", back), r"\odot", (f"\\sigma'(z^{{{l}}})", sigmoid_prime(zs[i])),
                  "=", (f"\\delta^{{{l}}}", nabla_b[i])]], layer(l) | layer(l + 1), {i + 1})
        add("bp4", l, f"\\partial C / \\partial w^{{{l}}} = \\delta^{{{l}}} (a^{{{l - 1}}})^T",
            [[(f"\\delta^{{{l}}}", nabla_b[i]), (f"(a^{{{l - 1}}})^T", activations[i].transpose()), "=",
              (f"\\partial C / \\partial w^{{{l}}}", nabla_w[i])]], layer(l - 1) | layer(l), {i})
        add("bp3", l, f"\\partial C / \\partial b^{{{l}}} = \\delta^{{{l}}}",
            [[(f"\\delta^{{{l}}}", nabla_b[i]), "=", (f"\\partial C / \\partial b^{{{l}}}", nabla_b[i])]], layer(l))
    # the update (made on the copy ``after``), one row per weight matrix and per bias column
    weights = after.weights
    rows = [[(f"{name}^{{{l}}}", old), "-", (r"\eta", eta), (f"\\partial C / \\partial {name}^{{{l}}}", gradient), "=",
             (f"{name}^{{{l}}}_{{\\mathrm{{new}}}}", new)]
            for name, olds, gradients, news in (("w", net.weights, nabla_w, after.weights),
                                                ("b", net.biases, nabla_b, after.biases))
            for l, old, gradient, new in zip(range(2, n_layers + 1), olds, gradients, news)]
    add("update", 0, r"w^{l} \rightarrow w^{l} - \eta\, \partial C / \partial w^{l}, \quad "
        rf"b^{{l}} \rightarrow b^{{l}} - \eta\, \partial C / \partial b^{{l}} \quad (\eta = {eta:g},\ m = 1)",
        rows, (), range(n_layers - 1), eta=eta)
    # one more forward pass, through the new weights
    known_a, known_d = forward(after, x)[1], [None] * n_layers
    known_a[-1] = after.feedforward(x)
    change = "down" if cost_after < cost_before else "up" if cost_after > cost_before else "same"
    add("after", n_layers, rf"C:\ {cost_before:.4g} \rightarrow {cost_after:.4g}",
        [[(f"a^{top}_{{\\mathrm{{new}}}}", known_a[-1]), "-", ("y", y)],
         [(r"C_{\mathrm{before}}", cost_before), r"\rightarrow", (r"C_{\mathrm{after}}", cost_after)]],
        set().union(*(layer(n) for n in range(1, n_layers + 1))), (), change=t(f"stepper_cost_{change}", eta=eta),
        before=cost_before, after=cost_after)
    return steps


# --- how a step is shown ----------------------------------------------------------------------


def _matrix(name: str, values) -> str:
    """A small table of ``values`` (4 significant digits shown, all of them in data-value) with its name under it."""
    rows = "".join("<tr>" + "".join(
        f'<td class="mnistnet-value" data-value="{float(v)!r}" style="padding:0 5px;text-align:right">{v:.4g}</td>'
        for v in row) + "</tr>" for row in np.atleast_2d(values))
    return (f'<div class="mnistnet-matrix" data-name="{html.escape(name)}" style="display:inline-flex;'
            f'flex-direction:column;align-items:center;margin:0 3px"><table style="border-left:2px solid;'
            f'border-right:2px solid;border-collapse:separate;border-spacing:0">{rows}</table><div>${name}$</div></div>')


def step_html(step: Step, number: int, count: int) -> str:
    """The panel of one step (``number`` of ``count``): title, equation, its numbers, the note and the deltas so far."""
    label = step.label if step.label.startswith("BP") else t(f"stepper_label_{step.label}")
    rows = "".join('<div class="mnistnet-terms" style="display:flex;align-items:center;flex-wrap:wrap;margin:4px 0">'
                   + "".join(_matrix(*term) if isinstance(term, tuple) else f"<span>${term}$</span>" for term in row)
                   + "</div>" for row in step.terms)
    deltas = [f'<span class="mnistnet-delta" data-layer="{l + 1}" data-neuron="{j}" data-value="{float(d[j, 0])!r}" '
              f'style="margin-right:12px">$\\delta^{{{l + 1}}}_{{{j}}}$ = {d[j, 0]:.4g}</span>'
              for l, d in enumerate(step.deltas) if d is not None for j in range(d.shape[0])]
    if deltas:
        deltas_line = t("stepper_deltas") + " " + "".join(deltas)
    else:  # after the update the errors are gone with the old weights
        deltas_line = "" if step.kind == "after" else t("stepper_no_deltas")
    return (f'<div class="mnistnet-step" data-step="{number}" data-kind="{step.kind}" data-label="{step.label}" '
            f'data-layer="{step.layer}"><div style="font-size:1.1em"><b>{html.escape(t("stepper_counter", k=number, n=count))}'
            f'</b> · <b class="mnistnet-label">{html.escape(label)}</b> · '
            f'{html.escape(t(f"stepper_title_{step.kind}", l=step.layer))}</div>'
            f'<div class="mnistnet-equation" style="font-size:1.2em;overflow-x:auto">'
            f'{"".join(f"$${part}$$" for part in step.equations)}</div>{rows}'
            f'<div class="mnistnet-note" style="margin:6px 0">{html.escape(step.note)}</div>'
            f'<div class="mnistnet-deltas" style="color:#9467bd">{deltas_line}</div></div>')


def _draw(ax, step: Step, targets) -> None:
    draw_small_network(ax, step.weights, step.activations, step.deltas, step.lit_neurons, step.lit_weights, targets)


def steps_figure(steps: list[Step], targets=None, columns: int = 4) -> Figure:
    """Every step in one figure, one small panel each: the drawing under the step's number, BP label and
    equation (so the notebook reads without a kernel, or on paper). ``targets``: y, written at the outputs."""
    rows = -(-len(steps) // columns)
    fig, axes = plt.subplots(rows, columns, figsize=(3.4 * columns, 2.9 * rows), squeeze=False)
    for number, (ax, step) in enumerate(zip(axes.flat, steps), start=1):
        _draw(ax, step, targets)
        lines = "\n".join("$" + part.replace("'", r"^{\prime}").replace(r"\tfrac", r"\frac").replace(r"\left[", "[")
                           .replace(r"\right]", "]") + "$" for part in step.equations)  # as matplotlib's mathtext writes it
        tag = f"  ({step.label})" if step.label.startswith("BP") else ""
        ax.set_title(f"{number}{tag}\n{lines}", fontsize=8)
    for ax in axes.flat[len(steps):]:
        ax.axis("off")
    fig.tight_layout()
    return fig


# --- the widget -------------------------------------------------------------------------------


class BackpropStepper(NotLive, widgets.VBox):
    """Step through one backpropagation on a tiny network, every number shown (notebook 05).

    ``net``: a network of at most 5 layers of at most 6 neurons (default ``Network([2, 3, 2], seed=seed)``);
    it is never changed (the update is made on a copy). ``x``, ``y``: the input and the target, numbers
    in [0, 1]; ``eta``: the learning rate (0.01 to 100). ``steps`` holds every step, ``current`` the one
    shown; ``zs`` and ``activations`` the forward pass of x (as ``backprop`` keeps them).
    """

    def __init__(self, net: Network | None = None, x=(0.8, 0.3), y=(1.0, 0.0), eta: float = 3.0, seed: int = 5):
        self.net = _check_network(Network([2, 3, 2], seed=seed) if net is None else net)
        x, y = _column(x, self.net.sizes[0], "x"), _column(y, self.net.sizes[-1], "y")
        eta = _check_eta(eta)

        def sliders(values, letter: str) -> list:
            return [widgets.FloatSlider(value=v, min=0, max=1, step=0.05, description=f"{letter}{chr(0x2080 + j)}",
                                        continuous_update=False, readout_format=".2f", layout=widgets.Layout(width="240px"),
                                        style={"description_width": "25px"}) for j, v in enumerate(values.ravel())]

        self.x_sliders, self.y_sliders = sliders(x, "x"), sliders(y, "y")
        self.eta_slider = widgets.FloatLogSlider(value=eta, base=10, min=np.log10(ETA_RANGE[0]), max=np.log10(ETA_RANGE[1]),
                                                 step=0.1, description=t("stepper_eta_label"), readout_format=".3g",
                                                 continuous_update=False, style={"description_width": "initial"})
        self.back_button = widgets.Button(description=t("stepper_back"), icon="arrow-left")
        self.next_button = widgets.Button(description=t("stepper_next"), icon="arrow-right", button_style="primary")
        self.back_button.add_class("mnistnet-back")
        self.next_button.add_class("mnistnet-next")
        self.step_slider = widgets.IntSlider(value=1, min=1, max=2, description=t("stepper_step"))
        self.image = widgets.Image(format="png", layout=widgets.Layout(width="430px", min_width="430px"))
        self.panel = widgets.HTMLMath(layout=widgets.Layout(flex="1 1 0%", min_width="0", overflow="auto"))
        self.back_button.on_click(lambda b: self.go(-1))
        self.next_button.on_click(lambda b: self.go(+1))
        self.step_slider.observe(lambda change: self.show(), names="value")
        for slider in (*self.x_sliders, *self.y_sliders, self.eta_slider):
            slider.observe(lambda change: self.update(), names="value")
        super().__init__([
            widgets.HBox([widgets.Label(t("stepper_input")), *self.x_sliders, widgets.Label(t("stepper_target")),
                          *self.y_sliders], layout=widgets.Layout(flex_flow="row wrap")),
            self.eta_slider,
            widgets.HBox([self.back_button, self.next_button, self.step_slider]),
            widgets.HBox([self.image, self.panel], layout=widgets.Layout(align_items="flex-start", width="100%")),
        ])
        self.add_class("mnistnet-stepper")
        self.update()

    @property
    def x(self) -> np.ndarray:
        """The input: an (n_in, 1) column of the x sliders' values."""
        return np.array([[s.value] for s in self.x_sliders])

    @property
    def y(self) -> np.ndarray:
        """The target: an (n_out, 1) column of the y sliders' values."""
        return np.array([[s.value] for s in self.y_sliders])

    @property
    def eta(self) -> float:
        return float(self.eta_slider.value)

    @property
    def current(self) -> Step:
        """The step shown."""
        return self.steps[self.step_slider.value - 1]

    def update(self) -> None:
        """Compute every step again (for new x, y or eta, or after you changed ``net``) and show the same step number."""
        self.steps = backprop_steps(self.net, self.x, self.y, self.eta)
        self._pictures: dict[int, bytes] = {}  # step number -> its drawing, made when first shown
        self.zs, self.activations = forward(self.net, self.x)
        self.step_slider.max = len(self.steps)
        self.show()

    def go(self, by: int) -> None:
        """Move ``by`` steps (Next: +1, Back: -1), staying within the first and the last step."""
        self.step_slider.value = min(max(self.step_slider.value + by, 1), len(self.steps))

    def show(self) -> None:
        """Draw the current step and write its panel; Back and Next are off at the ends."""
        number = self.step_slider.value
        self.back_button.disabled, self.next_button.disabled = number == 1, number == len(self.steps)
        if number not in self._pictures:
            fig = Figure(figsize=(5.4, 3.6))
            _draw(fig.add_axes((0.02, 0.02, 0.96, 0.96)), self.current, self.y)
            self._pictures[number] = png(fig)
        self.image.value = self._pictures[number]
        self.panel.value = step_html(self.current, number, len(self.steps))

    def figure(self, columns: int = 4) -> Figure:
        """All steps in one figure (``steps_figure``): make it the last line of a cell, or ``fig = stepper.figure()``."""
        return steps_figure(self.steps, self.y, columns)
